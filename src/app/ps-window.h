/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ps-comparison.h"
#include "ps-inputs-page.h"
#include "ps-offers-view.h"
#include "ps-results-view.h"
#include "ps-scenarios-view.h"
#include "ps-years-view.h"
#include "ps-scenario.h"

G_BEGIN_DECLS

/* The main window: the inputs on one side, the results on the other; every
 * valid change of the inputs recomputes every status and the chart sweep. */
#define PS_TYPE_WINDOW (ps_window_get_type ())

G_DECLARE_FINAL_TYPE (PsWindow, ps_window, PS, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests). */
PsWindow           *ps_window_new               (AdwApplication  *application);

gboolean            ps_window_open_file         (PsWindow        *self,
                                                 GFile           *file,
                                                 GError         **error);
/* Saves what the form shows: refused while a field shows a value in
 * error (PS_SCENARIO_ERROR_FIELD, the message names the field). */
gboolean            ps_window_save_file         (PsWindow        *self,
                                                 GFile           *file,
                                                 GError         **error);
gboolean            ps_window_save_file_full    (PsWindow             *self,
                                                 GFile                *file,
                                                 PsScenarioSaveFlags   flags,
                                                 GError              **error);
/* Opens @file once the unsaved changes are saved or discarded (asks). */
void                ps_window_open              (PsWindow        *self,
                                                 GFile           *file);
/* New scenario from the defaults of the preferences. */
void                ps_window_reset             (PsWindow        *self);

PsInputsPage       *ps_window_get_inputs_page   (PsWindow        *self);
PsResultsView      *ps_window_get_results_view  (PsWindow        *self);
PsYearsView        *ps_window_get_years_view    (PsWindow        *self);
PsOffersView       *ps_window_get_offers_view   (PsWindow        *self);
PsScenariosView    *ps_window_get_scenarios_view (PsWindow       *self);
/* The comparison shown, and the parameters it was computed with. */
const PsComparison *ps_window_get_comparison    (PsWindow        *self);
const PsParams     *ps_window_get_params        (PsWindow        *self);
/* Time of the last recompute (all statuses and the chart sweep), in µs. */
gint64              ps_window_get_compute_time  (PsWindow        *self);

gboolean  ps_window_export (PsWindow    *window,
                            const char  *path,
                            GError     **error);

G_END_DECLS
