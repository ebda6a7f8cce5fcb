// Schema steps of the outreach cockpit: the address file (contacts), calls, invitation
// campaigns and their mails, opt-outs, import drafts, and who brought whom.
#pragma once

#include "core/feature.h"

namespace omzien::outreach {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-40-outreach", R"sql(
      -- The foundation's address file: one row per initiative it wants to reach. Personal data:
      -- only staff and the assigned LinkingPin see it; staff can delete a row for good.
      CREATE TABLE outreach_contacts (
        id INTEGER PRIMARY KEY,
        initiative_name TEXT NOT NULL DEFAULT '',
        person_name TEXT NOT NULL DEFAULT '',
        email TEXT UNIQUE,                     -- normalised; NULL when unknown
        phone TEXT NOT NULL DEFAULT '',        -- normalised ("06 12345678")
        municipality_code TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
        linked_at INTEGER,
        linking_pin_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        link_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,  -- used the personal link
        link_used_at INTEGER,
        answer TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'wil-meedoen', 'twijfelt', 'wil-niet')),
        answered_at INTEGER,
        call_back_on TEXT NOT NULL DEFAULT '',  -- "2026-12-03" (Amsterdam date) or ''
        profile_complete_at INTEGER,
        source TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_contacts_initiative ON outreach_contacts(initiative_id);
      CREATE INDEX outreach_contacts_linking_pin ON outreach_contacts(linking_pin_id);
      CREATE INDEX outreach_contacts_phone ON outreach_contacts(phone);

      -- Every call a caller made, with its outcome; deleted with the contact.
      CREATE TABLE outreach_calls (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES outreach_contacts(id) ON DELETE CASCADE,
        caller_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        caller_label TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('bereikt', 'voicemail', 'geen-gehoor', 'verkeerd-nummer')),
        answer TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'wil-meedoen', 'twijfelt', 'wil-niet')),
        note TEXT NOT NULL DEFAULT '',
        call_back_on TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX outreach_calls_contact ON outreach_calls(contact_id, at);

      -- An invitation mail written by staff, sent to a selection at a gentle rate.
      CREATE TABLE outreach_campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        reminder_days INTEGER NOT NULL DEFAULT 0 CHECK (reminder_days BETWEEN 0 AND 90),
        reminder_subject TEXT NOT NULL DEFAULT '',
        reminder_body TEXT NOT NULL DEFAULT '',
        filter_stage TEXT NOT NULL DEFAULT '',
        filter_municipality TEXT NOT NULL DEFAULT '',
        filter_linking_pin TEXT NOT NULL DEFAULT '',  -- '' all, 'geen' none, or an account id
        per_minute INTEGER NOT NULL DEFAULT 10 CHECK (per_minute BETWEEN 1 AND 60),
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'bezig', 'klaar', 'gestopt')),
        created_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        finished_at INTEGER,
        last_batch_at INTEGER
      ) STRICT;

      -- One invitation or reminder to one contact: waiting, queued in the outbox, or skipped.
      -- The personal link and the opt-out link are stored only as hashes.
      CREATE TABLE outreach_sends (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER REFERENCES outreach_campaigns(id) ON DELETE CASCADE,  -- NULL: sent by hand
        contact_id INTEGER NOT NULL REFERENCES outreach_contacts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('uitnodiging', 'herinnering')),
        status TEXT NOT NULL DEFAULT 'wacht' CHECK (status IN ('wacht', 'verstuurd', 'overgeslagen')),
        skip_reason TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        queued_at INTEGER,
        link_hash TEXT UNIQUE,
        link_expires_at INTEGER,
        link_used_at INTEGER,
        optout_hash TEXT UNIQUE,
        sent_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL
      ) STRICT;
      CREATE UNIQUE INDEX outreach_sends_once ON outreach_sends(campaign_id, contact_id, kind)
        WHERE campaign_id IS NOT NULL;
      CREATE INDEX outreach_sends_contact ON outreach_sends(contact_id, queued_at);
      CREATE INDEX outreach_sends_waiting ON outreach_sends(campaign_id, status);

      -- Addresses that asked for no more mail, as keyed hashes: kept when the contact is deleted,
      -- so a later import of the same address is not mailed again (AVG).
      CREATE TABLE outreach_opt_outs (
        email_hash TEXT PRIMARY KEY,
        opted_out_at INTEGER NOT NULL
      ) STRICT;

      -- An uploaded or pasted list between its preview and its confirmation; deleted at
      -- confirmation and after an hour at the latest.
      CREATE TABLE outreach_import_drafts (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_import_drafts_age ON outreach_import_drafts(created_at);

      -- Every member's personal invite link, and who came in through whose link.
      CREATE TABLE outreach_referral_codes (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        code TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE outreach_referrals (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        referrer_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_referrals_referrer ON outreach_referrals(referrer_id);
      CREATE TABLE outreach_brought_in (
        initiative_id INTEGER PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE,
        referrer_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_brought_in_referrer ON outreach_brought_in(referrer_id);
    )sql"},
    {"2026-11-28-41-outreach-opt-out-links", R"sql(
      -- One opt-out link per mail the foundation sends (invitations, reminders, surveys), as a
      -- hash of its secret, pointing at the keyed hash of the address. So every feature that
      -- mails on the foundation's behalf shares one list: opted out anywhere is opted out
      -- everywhere. contact_id only names the contact in the audit log.
      CREATE TABLE outreach_opt_out_links (
        token_hash TEXT PRIMARY KEY,
        email_hash TEXT NOT NULL,
        contact_id INTEGER REFERENCES outreach_contacts(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_opt_out_links_contact ON outreach_opt_out_links(contact_id);
    )sql"},
    {"2026-11-28-42-outreach-initiative-linking-pins", R"sql(
      -- The LinkingPin staff gave an initiative directly, so she works it without a contact in
      -- the address file. Kept here, not in initiatives, because LinkingPins are outreach's;
      -- one LinkingPin per initiative, as with a contact.
      CREATE TABLE outreach_initiative_linking_pins (
        initiative_id INTEGER PRIMARY KEY REFERENCES initiatives(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        assigned_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outreach_initiative_linking_pins_account ON outreach_initiative_linking_pins(account_id);
    )sql"},
};

}  // namespace omzien::outreach
