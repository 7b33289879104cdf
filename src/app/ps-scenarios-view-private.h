/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* PsScenariosView is spread over ps-scenarios-view.c (the columns, their
 * rates and computation, the store of the added scenarios, the editor,
 * the actions and the lifecycle) and ps-scenarios-view-table.c (the
 * figures: the table, or the cards when narrow). */

#include <adwaita.h>

#include "ps-scenarios.h"
#include "ps-scenarios-view.h"

G_BEGIN_DECLS

struct _PsScenariosView
{
  GtkWidget            parent_instance;

  /* template */
  GtkWidget           *scroller;
  GtkWidget           *toolbar;
  GtkLabel            *summary_label;
  GtkGrid             *table;
  GtkBox              *cards;
  AdwPreferencesGroup *editor_group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *tjm_row;
  AdwEntryRow         *days_row;
  AdwEntryRow         *fee_row;
  GtkLabel            *editor_error;

  GHashTable          *rates;     /* year → PsRates */
  PsScenarioFile      *files;     /* [PS_MAX_SCENARIOS]; 0: the current inputs */
  PsParams            *params;    /* [PS_MAX_SCENARIOS]: each on its file's date */
  PsScenarios         *results;
  int                  n;
  gboolean             has_current;
  gboolean             dirty;     /* the current inputs changed while hidden */
  int                  selected;  /* the editor's column, or -1 */
  gboolean             filling;
  gboolean             narrow;    /* a card per scenario, not the table */
  guint                narrow_id; /* the switch, after the allocation */
  guint                store_id;  /* the pending write of the added scenarios */

  /* the table's cells and their amounts, for tests */
  GtkWidget           *cells[PS_N_STATUSES][PS_MAX_SCENARIOS];
  GtkWidget           *monthly[PS_N_STATUSES][PS_MAX_SCENARIOS];
  GtkWidget           *yearly[PS_N_STATUSES][PS_MAX_SCENARIOS];
  GtkWidget           *heads[PS_MAX_SCENARIOS][2]; /* name, description */
  char                *table_shape;  /* what the table was built for */
};

/* The table of the results, rebuilt only when its shape changed (else
 * the figures in place). */
void _ps_scenarios_view_fill_table (PsScenariosView *self);
/* A card per scenario (narrow). */
void _ps_scenarios_view_fill_cards (PsScenariosView *self);

G_END_DECLS
