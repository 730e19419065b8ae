-- A token may be read-only (it reads and exports, changes nothing: a nightly export or backup script) and may expire.
ALTER TABLE api_token ADD COLUMN read_only BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
