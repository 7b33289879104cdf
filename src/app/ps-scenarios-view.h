/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-scenarios.h"

G_BEGIN_DECLS

/* The Scenarios view (issue 11 §4): the current inputs (live) and up to
 * three more scenarios — saved scenario files, or frozen copies of the
 * current inputs with their own name, day rate, days or fee — compared
 * by ps_scenarios_compute in one table status × scenario (net after tax
 * a month and a year, the best usable status of each scenario marked);
 * a card per scenario when the window is narrow. */
#define PS_TYPE_SCENARIOS_VIEW (ps_scenarios_view_get_type ())

G_DECLARE_FINAL_TYPE (PsScenariosView, ps_scenarios_view, PS, SCENARIOS_VIEW, GtkWidget)

/* The first column: the current inputs (every keystroke; computed at once
 * while the view is shown, else when it is shown), over @file's realistic
 * year when it is on (ps_scenario_file_compute_shown: as the cards, its
 * sick pay included); @offer: the offer the comparison uses, or NULL. */
void                  ps_scenarios_view_set_current  (PsScenariosView      *self,
                                                      const PsScenarioFile *file,
                                                      const PsOffer        *offer);
/* A saved scenario file as a new column; refused (the message names the
 * file and the key) for a bad file, or beyond PS_MAX_SCENARIOS. */
gboolean              ps_scenarios_view_add_file     (PsScenariosView      *self,
                                                      const char           *path,
                                                      GError              **error);
/* A frozen copy of the current inputs as a new column, selected for its
 * editor; its index, or -1 (error set) beyond PS_MAX_SCENARIOS. */
int                   ps_scenarios_view_duplicate_current (PsScenariosView *self,
                                                      GError              **error);
/* Removes column @index (1 or more: the current inputs stay). */
void                  ps_scenarios_view_remove       (PsScenariosView      *self,
                                                      int                   index);
/* The column the editor shows (1 or more), or -1 for none. */
void                  ps_scenarios_view_select       (PsScenariosView      *self,
                                                      int                   index);

int                   ps_scenarios_view_get_n        (PsScenariosView      *self);
const PsScenarioFile *ps_scenarios_view_get_file     (PsScenariosView      *self,
                                                      int                   index);
/* What the table shows (n is 1 while there is no other scenario). */
const PsScenarios    *ps_scenarios_view_get_results  (PsScenariosView      *self);

/* For tests: the table's cell of @status in column @index, which has
 * the style class "best" when marked best and "unusable" when the status
 * can't be used; its amount labels (net after tax a month, a year); the
 * editor's row of @key ("name", "tjm", "days", "fee"); whether the table
 * (TRUE) or the cards are shown. */
GtkWidget            *ps_scenarios_view_get_cell     (PsScenariosView      *self,
                                                      int                   status,
                                                      int                   index);
const char           *ps_scenarios_view_get_cell_text (PsScenariosView     *self,
                                                      int                   status,
                                                      int                   index,
                                                      gboolean              yearly);
GtkWidget            *ps_scenarios_view_get_row      (PsScenariosView      *self,
                                                      const char           *key);
gboolean              ps_scenarios_view_shows_table  (PsScenariosView      *self);

G_END_DECLS
