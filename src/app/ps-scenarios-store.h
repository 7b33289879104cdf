/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ps-scenario.h"

G_BEGIN_DECLS

/* Where the Scenarios view keeps the scenarios added beside the current
 * inputs between sessions: each one a scenario file (frozen copies, with
 * their names) in the application's data folder,
 * $XDG_DATA_HOME/portage-simulator/scenarios/scenario-<k>.json, written
 * atomically by the scenario writer. */

/* The folder (not created). */
char      *ps_scenarios_store_dir   (void);

/* The stored files that exist, in their order (NULL-terminated). */
char     **ps_scenarios_store_paths (void);

/* Writes @files[0 … @n − 1] as scenario-1.json … and removes the stored
 * files beyond them. */
gboolean   ps_scenarios_store_save  (const PsScenarioFile *files,
                                     int                   n,
                                     GError              **error);

G_END_DECLS
