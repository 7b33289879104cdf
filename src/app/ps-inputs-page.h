/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ps-scenario.h"
#include "ps-year-section.h"

G_BEGIN_DECLS

/* The form of the inputs. Each number is parsed and checked by the engine
 * (ps_scenario_file_set_field_text) as it is typed: a bad one marks its
 * row with the error style and a message, and the page keeps the last
 * valid value. "changed" is emitted when every field is valid; "valid"
 * says whether they all are (notified as it changes). */
#define PS_TYPE_INPUTS_PAGE (ps_inputs_page_get_type ())

G_DECLARE_FINAL_TYPE (PsInputsPage, ps_inputs_page, PS, INPUTS_PAGE, GtkWidget)

GtkWidget  *ps_inputs_page_new       (void);

/* Fills every field from @file and emits "changed" once. */
void        ps_inputs_page_set_file  (PsInputsPage         *self,
                                      const PsScenarioFile *file);
/* The inputs as last valid (a field in error keeps its last valid value). */
void        ps_inputs_page_get_file  (PsInputsPage         *self,
                                      PsScenarioFile       *out);
gboolean    ps_inputs_page_is_valid  (PsInputsPage         *self);

/* The entry row of @field, and its message while it is in error. */
GtkWidget  *ps_inputs_page_get_row   (PsInputsPage         *self,
                                      PsScenarioField       field);
const char *ps_inputs_page_get_error (PsInputsPage         *self,
                                      PsScenarioField       field);
/* The first row showing a value in error (an AdwPreferencesRow: its
 * title names it), or NULL when the page is valid. */
GtkWidget  *ps_inputs_page_get_invalid_row (PsInputsPage   *self);

/* The Realistic year section; while it is on, the days row shows the
 * days it bills (@billed_days, per year; < 0: back to the days typed). */
PsYearSection *ps_inputs_page_get_year_section (PsInputsPage *self);
void           ps_inputs_page_show_below_fold (PsInputsPage *self);
GtkCalendar   *ps_inputs_page_get_calendar    (PsInputsPage *self);
void        ps_inputs_page_show_year_days   (PsInputsPage         *self,
                                             double                billed_days);

G_END_DECLS
