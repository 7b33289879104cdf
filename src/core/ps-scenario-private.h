/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>

#include "ps-scenario.h"

G_BEGIN_DECLS

/* A scenario's "name", "offers" and "current_offer" (ps-scenario-offers.c),
 * read into @file (unchanged on error, the message naming the key) and
 * written into @root. */
gboolean _ps_scenario_file_read_offers  (const cJSON          *root,
                                         PsScenarioFile       *file,
                                         GError              **error);
void     _ps_scenario_file_write_offers (const PsScenarioFile *file,
                                         cJSON                *root);

G_END_DECLS
