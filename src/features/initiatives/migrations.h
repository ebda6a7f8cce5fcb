// Schema steps of initiative profiles, their themes and target groups, and their beheerders.
#pragma once

#include "core/feature.h"

namespace omzien::initiatives {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-10-initiatives", R"sql(
      -- Themes and target groups: staff rename, add and retire them; ids never change, so
      -- imports and links keep working.
      CREATE TABLE themes (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
      ) STRICT;
      CREATE TABLE target_groups (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
      ) STRICT;
      INSERT INTO themes (id, label, position) VALUES
        ('zorg-welzijn', 'Zorg en welzijn', 1), ('eenzaamheid', 'Eenzaamheid', 2),
        ('armoede-schulden', 'Armoede en schulden', 3), ('voedsel', 'Voedsel', 4),
        ('duurzaamheid-energie', 'Duurzaamheid en energie', 5), ('groen-natuur', 'Groen en natuur', 6),
        ('taal-integratie', 'Taal en integratie', 7), ('jongeren', 'Jongeren', 8), ('ouderen', 'Ouderen', 9),
        ('cultuur', 'Cultuur', 10), ('sport-bewegen', 'Sport en bewegen', 11), ('wonen-buurt', 'Wonen en buurt', 12),
        ('veiligheid', 'Veiligheid', 13), ('mobiliteit', 'Mobiliteit', 14),
        ('digitale-vaardigheden', 'Digitale vaardigheden', 15), ('mantelzorg', 'Mantelzorg', 16),
        ('gezondheid', 'Gezondheid', 17);
      INSERT INTO target_groups (id, label, position) VALUES
        ('ouderen', 'Ouderen', 1), ('jongeren', 'Jongeren', 2), ('kinderen', 'Kinderen', 3),
        ('gezinnen', 'Gezinnen', 4), ('nieuwkomers', 'Nieuwkomers', 5), ('mantelzorgers', 'Mantelzorgers', 6),
        ('mensen-met-een-beperking', 'Mensen met een beperking', 7), ('minima', 'Mensen met weinig geld', 8),
        ('buurtbewoners', 'Buurtbewoners', 9), ('iedereen', 'Iedereen', 10);

      CREATE TABLE initiatives (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL,
        sort_key BLOB NOT NULL,
        municipality_code TEXT NOT NULL,
        sentence TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        lat REAL,
        lon REAL,
        location_precision TEXT NOT NULL DEFAULT 'neighbourhood'
          CHECK (location_precision IN ('exact', 'neighbourhood', 'municipality')),
        phase TEXT NOT NULL DEFAULT '' CHECK (phase IN ('', 'startend', 'gevestigd')),
        founded INTEGER,
        legal_form TEXT NOT NULL DEFAULT '' CHECK (legal_form IN ('', 'stichting', 'vereniging', 'informeel')),
        website TEXT NOT NULL DEFAULT '',
        social_links TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        email_public INTEGER NOT NULL DEFAULT 1 CHECK (email_public IN (0, 1)),
        phone TEXT NOT NULL DEFAULT '',
        phone_public INTEGER NOT NULL DEFAULT 0 CHECK (phone_public IN (0, 1)),
        opening_times TEXT NOT NULL DEFAULT '',
        offers TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        photo TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'hidden')),
        claimed INTEGER NOT NULL DEFAULT 1 CHECK (claimed IN (0, 1)),
        affiliated INTEGER NOT NULL DEFAULT 0 CHECK (affiliated IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX initiatives_listing ON initiatives(status, created_at);
      CREATE INDEX initiatives_sort ON initiatives(status, sort_key);
      CREATE INDEX initiatives_municipality ON initiatives(municipality_code, status);
      CREATE UNIQUE INDEX initiatives_name_place ON initiatives(name, municipality_code);

      -- Old addresses of a profile whose name changed: they redirect to the new one.
      CREATE TABLE initiative_old_slugs (
        slug TEXT PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE initiative_themes (
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES themes(id),
        PRIMARY KEY (initiative_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX initiative_themes_theme ON initiative_themes(theme_id);
      CREATE TABLE initiative_target_groups (
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        target_group_id TEXT NOT NULL REFERENCES target_groups(id),
        PRIMARY KEY (initiative_id, target_group_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX initiative_target_groups_group ON initiative_target_groups(target_group_id);

      -- The people who run a profile (beheerders). Their contact details stay private.
      CREATE TABLE initiative_managers (
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        added_at INTEGER NOT NULL,
        show_name INTEGER NOT NULL DEFAULT 0 CHECK (show_name IN (0, 1)),
        PRIMARY KEY (initiative_id, account_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX initiative_managers_account ON initiative_managers(account_id);
    )sql"},
    {"2026-11-28-12-invitations", R"sql(
      -- A beheerder invites someone by e-mail to run the profile too. The link in the mail is
      -- stored only as a hash; it works once, for 14 days. Old rows are deleted after 30 days.
      CREATE TABLE initiative_invitations (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        invited_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        used_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX initiative_invitations_initiative ON initiative_invitations(initiative_id, used_at);
      CREATE INDEX initiative_invitations_expiry ON initiative_invitations(expires_at);
    )sql"},
    {"2026-11-28-13-claim-tokens", R"sql(
      -- Staff send the contact address of an imported profile a link to take it over ("claimen").
      -- The link is stored only as a hash; it works once, for 30 days, and a newer link or a
      -- claim ends the older ones.
      CREATE TABLE initiative_claim_tokens (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        sent_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        used_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX initiative_claim_tokens_initiative ON initiative_claim_tokens(initiative_id, created_at);
    )sql"},
    {"2026-11-28-14-initiatives-directory-indexes", R"sql(
      -- Every directory page reads the municipality and phase of all published profiles, newest
      -- first or by name. With the id and those two columns in the indexes that hold both orders,
      -- it never visits the (large) rows themselves: at 10,000 profiles that was most of a page's time.
      DROP INDEX initiatives_listing;
      DROP INDEX initiatives_sort;
      CREATE INDEX initiatives_listing ON initiatives(status, created_at, id, municipality_code, phase);
      CREATE INDEX initiatives_sort ON initiatives(status, sort_key, id, municipality_code, phase);
    )sql"},
};

}  // namespace omzien::initiatives
