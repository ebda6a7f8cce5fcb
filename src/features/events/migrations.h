// Schema steps of bijeenkomsten (events), their registrations and attendance.
#pragma once

#include "core/feature.h"

namespace omzien::events {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-30-events", R"sql(
      -- A bijeenkomst. Times are UTC seconds; people typed them as Amsterdam wall-clock time.
      -- The video link is for registered people only and never leaves the server otherwise.
      CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        short_code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT '',
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        previous_starts_at INTEGER,
        mode TEXT NOT NULL CHECK (mode IN ('offline', 'online', 'hybrid')),
        venue_name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        address_private INTEGER NOT NULL DEFAULT 0 CHECK (address_private IN (0, 1)),
        lat REAL,
        lon REAL,
        online_url TEXT NOT NULL DEFAULT '',
        organiser_initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
        created_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        municipality_code TEXT NOT NULL,
        capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
        waiting_list INTEGER NOT NULL DEFAULT 1 CHECK (waiting_list IN (0, 1)),
        registration_deadline INTEGER,
        step_free INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
        hearing_loop INTEGER NOT NULL DEFAULT 0 CHECK (hearing_loop IN (0, 1)),
        accessibility_notes TEXT NOT NULL DEFAULT '',
        costs TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'scheduled'
          CHECK (status IN ('scheduled', 'postponed', 'rescheduled', 'cancelled')),
        status_note TEXT NOT NULL DEFAULT '',
        report TEXT NOT NULL DEFAULT '',
        report_at INTEGER,
        sequence INTEGER NOT NULL DEFAULT 0,
        -- Attendance, kept here so the numbers outlive the personal data of the registrations.
        registered_count INTEGER NOT NULL DEFAULT 0,
        waiting_count INTEGER NOT NULL DEFAULT 0,
        attended_count INTEGER NOT NULL DEFAULT 0,
        walk_in_count INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX events_starts ON events(starts_at);
      CREATE INDEX events_ends ON events(ends_at);
      CREATE INDEX events_organiser ON events(organiser_initiative_id);

      CREATE TABLE event_themes (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL,
        PRIMARY KEY (event_id, theme_id)
      ) STRICT, WITHOUT ROWID;

      -- Who comes. The personal link in the mails is derived from `link_nonce` with the server key;
      -- only its hash is stored for looking it up. Walk-ins are added at the door, e-mail optional.
      CREATE TABLE event_registrations (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'registration' CHECK (kind IN ('registration', 'walk_in')),
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
        may_mail INTEGER NOT NULL DEFAULT 1 CHECK (may_mail IN (0, 1)),
        link_nonce TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        attended INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
        checked_in_at INTEGER,
        confirmed_at INTEGER,
        reminded_at INTEGER,
        cancelled_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX event_registrations_email ON event_registrations(event_id, email) WHERE email != '';
      CREATE INDEX event_registrations_event ON event_registrations(event_id, status, created_at);
      CREATE INDEX event_registrations_account ON event_registrations(account_id);
    )sql"},
};

}  // namespace omzien::events
