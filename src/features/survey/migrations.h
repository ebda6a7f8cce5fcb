// Schema steps of the needs survey (behoeftepeiling): surveys, their questions, one invitation
// per initiative (with its personal link, stored only as a hash) and the answers.
#pragma once

#include "core/feature.h"

namespace omzien::survey {

inline constexpr Migration kMigrations[] = {
    {"2026-11-28-70-survey", R"sql(
      -- A short survey written by staff. Questions can change only while it is a draft.
      CREATE TABLE surveys (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        intro TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'open', 'gesloten')),
        filter_municipality TEXT NOT NULL DEFAULT '',
        filter_theme TEXT NOT NULL DEFAULT '',
        created_by INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        closed_at INTEGER,
        last_batch_at INTEGER
      ) STRICT;

      -- Kinds: 'een' (one answer), 'meer' (several answers), 'schaal' (1 to scale_max), 'open'.
      -- Options of the choice kinds are kept one per line; answers refer to them by number.
      CREATE TABLE survey_questions (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('een', 'meer', 'schaal', 'open')),
        text TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '',
        scale_max INTEGER NOT NULL DEFAULT 5 CHECK (scale_max BETWEEN 2 AND 10)
      ) STRICT;
      CREATE INDEX survey_questions_survey ON survey_questions(survey_id, position);

      -- One row per invited initiative: one personal link, one answer, editable until closed.
      -- The initiative's name is kept so results stay readable when a profile is deleted.
      CREATE TABLE survey_invitations (
        id INTEGER PRIMARY KEY,
        survey_id INTEGER NOT NULL REFERENCES surveys(id) ON DELETE CASCADE,
        initiative_id INTEGER REFERENCES initiatives(id) ON DELETE SET NULL,
        initiative_name TEXT NOT NULL,
        municipality_code TEXT NOT NULL DEFAULT '',
        token_hash TEXT UNIQUE,           -- NULL until the mail is queued
        addresses INTEGER NOT NULL DEFAULT 0,  -- how many addresses the link went to
        created_at INTEGER NOT NULL,
        mailed_at INTEGER,
        answered_at INTEGER,
        changed_at INTEGER,
        UNIQUE (survey_id, initiative_id)
      ) STRICT;

      -- The answers of one invitation: a row per chosen option, a number on the scale, or text.
      CREATE TABLE survey_answers (
        invitation_id INTEGER NOT NULL REFERENCES survey_invitations(id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        value TEXT NOT NULL
      ) STRICT;
      CREATE INDEX survey_answers_invitation ON survey_answers(invitation_id);
      CREATE INDEX survey_answers_question ON survey_answers(question_id);
    )sql"},
    {"2026-11-28-71-survey-reminders", R"sql(
      -- A reminder to initiatives that have not answered: staff ask for it (reminder_wanted_at),
      -- the mail job sends it (reminded_at). One reminder per invitation.
      ALTER TABLE survey_invitations ADD COLUMN reminder_wanted_at INTEGER;
      ALTER TABLE survey_invitations ADD COLUMN reminded_at INTEGER;
      -- The first link is stored only as a hash, so a reminder carries a new one; the first keeps
      -- working too, for whoever kept the first mail.
      CREATE TABLE survey_reminder_links (
        token_hash TEXT PRIMARY KEY,
        invitation_id INTEGER NOT NULL REFERENCES survey_invitations(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX survey_reminder_links_invitation ON survey_reminder_links(invitation_id);
    )sql"},
};

}  // namespace omzien::survey
