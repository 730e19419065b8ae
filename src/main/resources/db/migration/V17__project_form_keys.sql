-- A project made on the projects page carries the one-time key of the form it came from: the same form sent again
-- (the Back button, a reload of the answer) finds that project instead of making a second one.
ALTER TABLE project ADD COLUMN form_key VARCHAR(36);
CREATE UNIQUE INDEX project_form_key ON project (form_key);
