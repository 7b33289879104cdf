/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>

#include "ps-scenario.h"

G_BEGIN_DECLS

/* A scenario's realistic year: "realistic_year" is null (off) or an
 * object with the keys of portage-cli year's options in snake case
 * ("holiday_weeks", "public_holidays" (null: the year's), "gap_weeks",
 * "sick_days", "training_days", "hours_per_day"; absent keys keep their
 * value). Read into @file (unchanged on error, the message naming the
 * key) and written into @root. */
#define PS_SCENARIO_YEAR_KEY "realistic_year"

gboolean _ps_scenario_file_read_year  (const cJSON          *root,
                                       PsScenarioFile       *file,
                                       GError              **error);
void     _ps_scenario_file_write_year (const PsScenarioFile *file,
                                       cJSON                *root);

G_END_DECLS
