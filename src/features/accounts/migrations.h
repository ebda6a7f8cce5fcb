// Schema steps of accounts, login tokens, sessions and staff second factors.
#pragma once

#include "core/feature.h"

namespace omzien::accounts {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-01-accounts", R"sql(
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        last_login_at INTEGER,
        is_staff INTEGER NOT NULL DEFAULT 0 CHECK (is_staff IN (0, 1)),
        is_linking_pin INTEGER NOT NULL DEFAULT 0 CHECK (is_linking_pin IN (0, 1)),
        totp_secret BLOB,
        totp_confirmed_at INTEGER,
        totp_last_step INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- A login code and link, valid for ten minutes and once. Only hashes are stored.
      CREATE TABLE login_tokens (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        link_hash TEXT UNIQUE,
        purpose TEXT NOT NULL DEFAULT 'login' CHECK (purpose IN ('login', 'phone')),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        wrong_attempts INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX login_tokens_email ON login_tokens(email, expires_at);

      CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        id_hash TEXT NOT NULL UNIQUE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        second_factor_at INTEGER,
        device TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX sessions_account ON sessions(account_id);

      CREATE TABLE recovery_codes (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        used_at INTEGER
      ) STRICT;
      CREATE INDEX recovery_codes_account ON recovery_codes(account_id);
    )sql"},
};

}  // namespace omzien::accounts
