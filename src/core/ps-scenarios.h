/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-scenario.h"

G_BEGIN_DECLS

/* Whole scenarios side by side (issue 11 §4): 2 to 4 named sets of inputs,
 * each compared over every status, in one table status × scenario with
 * the best usable status of each scenario and, for each status, the
 * scenario where it leaves the most. */

#define PS_MAX_SCENARIOS 4

typedef struct
{
  char         name[64];
  PsComparison comparison;   /* the current offer's terms for portage, if any */
} PsScenarioColumn;

typedef struct
{
  int              n;
  PsScenarioColumn columns[PS_MAX_SCENARIOS];
  /* for each status, the scenario where it is usable and leaves the most
   * net after tax; -1 when it is usable in none */
  int              best_scenario[PS_N_STATUSES];
} PsScenarios;

/* 2 to PS_MAX_SCENARIOS; a translated message naming @option otherwise. */
gboolean ps_scenarios_check_count (int                   n,
                                   const char           *option,
                                   GError              **error);

/* @file's name, or @path's without its folder and extension ("" if both
 * are missing). */
char    *ps_scenario_file_display_name (const PsScenarioFile *file,
                                        const char           *path);

/* The comparison of each of @n files (params[i]: the rates on its date;
 * paths may be NULL), named; FALSE for a wrong count. */
gboolean ps_scenarios_compute     (PsScenarios          *out,
                                   const PsParams *const *params,
                                   const PsScenarioFile *files,
                                   const char *const    *paths,
                                   int                   n,
                                   GError              **error);

/* best_scenario from the columns' comparisons (once they are filled). */
void     ps_scenarios_finish      (PsScenarios          *scenarios);

G_END_DECLS
