-- A token made on the account page carries the one-time key of the form it came from: the same form sent again (a
-- reload of the answer, a double click) finds that token instead of making a second one.
ALTER TABLE api_token ADD COLUMN form_key VARCHAR(36);
CREATE UNIQUE INDEX api_token_form_key ON api_token (form_key);
