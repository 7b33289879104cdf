/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* PsWindow is spread over ps-window.c (the state, the computation, the
 * lifecycle), ps-window-files.c (new, open, save, export and the questions
 * before them) and ps-window-views.c (the views of the results, each made
 * when first shown, what is made after the first frame, and the
 * switchers). */

#include <adwaita.h>

#include "ps-comparison.h"
#include "ps-scenario.h"
#include "ps-window.h"
#include "ps-year.h"

G_BEGIN_DECLS

/* What to do once the unsaved changes are saved or discarded. */
typedef enum
{
  THEN_NOTHING,
  THEN_CLOSE,
  THEN_NEW,
  THEN_OPEN,       /* choose a file */
  THEN_OPEN_FILE,  /* open self->then_file */
} Then;

struct _PsWindow
{
  AdwApplicationWindow parent_instance;

  /* template */
  AdwToastOverlay   *toast_overlay;
  AdwLeaflet        *leaflet;
  GtkWidget         *inputs_pane;
  GtkWidget         *results_pane;
  PsInputsPage      *inputs_page;
  PsResultsView     *results_view;
  GtkWidget         *years_bin;      /* the views' pages: each view goes */
  GtkWidget         *offers_bin;     /* in when first shown */
  GtkWidget         *scenarios_bin;
  AdwViewStack      *view_stack;
  GtkWidget         *switcher_bar;
  GtkWidget         *no_switcher;
  GtkWidget         *view_switcher;
  /* the Offers view holds the offers: made with the window (owned), its
   * widgets when first shown */
  PsOffersView      *offers_view;
  /* made when first shown, NULL until then (owned by their page) */
  PsYearsView       *years_view;
  PsScenariosView   *scenarios_view;
  gulong             first_frame_id; /* the window's first frame is drawn */
  guint              below_fold_id;  /* then, what it did not show */
  gboolean           below_fold_shown;
  guint              make_view_id;   /* the view just switched to, to make */
  char              *default_offers;  /* the view's offers at start, as JSON */
  gboolean           offers_in_file;  /* the scenario file holds offers */
  AdwWindowTitle    *window_title;
  AdwWindowTitle    *inputs_title;
  GtkWidget         *export_button;
  AdwButtonContent  *export_content;
  GtkLabel          *results_bar_title;
  GtkLabel          *results_bar_amount;

  GSettings         *settings;       /* NULL if the schema is not installed */
  GHashTable        *rates;          /* year → PsRates */
  PsParams          *params;
  PsComparison      *comparison;
  PsYear            *year;           /* the realistic year, when it is on */
  double            *sweep;
  gboolean           has_results;
  gint64             compute_time;

  PsScenarioFile     last_valid;
  GFile             *file;           /* the scenario file opened or saved */
  char              *saved_json;     /* the inputs as last opened, saved or new */
  gboolean           modified;       /* the form differs from saved_json */
  GtkNativeDialog   *chooser;
  guint              store_id;       /* the pending write of "last-scenario" */

  /* unsaved changes: what to do once they are saved or discarded */
  Then               then;
  GFile             *then_file;
  GtkWidget         *unsaved_dialog; /* weak */
  gboolean           discarding;     /* closing without saving: don't ask again */

  /* what New replaced, for its Undo */
  PsScenarioFile     before_reset;
  GFile             *before_reset_file;
  char              *before_reset_json;
};

/* ps-window.c */
void  _ps_window_toast                (PsWindow             *self,
                                       const char           *title);
char *_ps_window_scenario_name        (PsWindow             *self);
void  _ps_window_update_title         (PsWindow             *self);
void  _ps_window_get_file             (PsWindow             *self,
                                       PsScenarioFile       *file);
void  _ps_window_update_modified      (PsWindow             *self);
void  _ps_window_update_stale         (PsWindow             *self);
void  _ps_window_set_saved            (PsWindow             *self,
                                       const PsScenarioFile *file);
void  _ps_window_defaults             (PsWindow             *self,
                                       PsScenarioFile       *file);

/* ps-window-files.c */
void  _ps_window_class_files_init     (GtkWidgetClass       *widget_class);
void  _ps_window_ask_then             (PsWindow             *self,
                                       Then                  then,
                                       GFile                *file);

/* ps-window-views.c */
void  _ps_window_class_views_init     (GtkWidgetClass       *widget_class);
void  _ps_window_views_init           (PsWindow             *self);
void  _ps_window_views_dispose        (PsWindow             *self);
/* The view, made (and put in its page) if it was not yet. */
PsOffersView    *_ps_window_ensure_offers_view    (PsWindow *self);
PsYearsView     *_ps_window_ensure_years_view     (PsWindow *self);
PsScenariosView *_ps_window_ensure_scenarios_view (PsWindow *self);

G_END_DECLS
