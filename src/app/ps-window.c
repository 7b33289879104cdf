/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ps-chart-scale.h"
#include "ps-money.h"
#include "ps-offer-edit.h"
#include "ps-offers-view.h"
#include "ps-scenarios-view.h"
#include "ps-rates.h"
#include "ps-scenario.h"
#include "ps-status-summary.h"
#include "ps-timing.h"
#include "ps-tip-list.h"
#include "ps-window-private.h"
#include "ps-paths.h"
#include "ps-years-view.h"

/* day rates of the chart sweep */
#define N_SWEEP 121

/* the inputs are stored (GSettings "last-scenario") this long after the
 * last change: a crash loses little, and typing writes nothing */
#define STORE_DELAY_MS 500

G_DEFINE_FINAL_TYPE (PsWindow, ps_window, ADW_TYPE_APPLICATION_WINDOW)

PsWindow *
ps_window_new (AdwApplication *application)
{
  return g_object_new (PS_TYPE_WINDOW, "application", application, NULL);
}

/* ------------------------------------------------------------ helpers */

/* @title is plain text (a file name or an error message may hold '<' or
 * '&'); a toast's title is markup */
void
_ps_window_toast (PsWindow   *self,
                  const char *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static const PsParams *
params_for (PsWindow *self,
            PsDate    date,
            GError  **error)
{
  int year = PS_DATE_YEAR (date);
  PsRates *rates = g_hash_table_lookup (self->rates, GINT_TO_POINTER (year));

  if (rates == NULL)
    {
      g_autoptr (GError) user_error = NULL;

      rates = ps_rates_new_for_year (year, &user_error);
      if (rates == NULL)
        {
          /* the embedded rates load where the user's file did not: it is a
           * bad rates file of the user's; say so, and use them */
          rates = ps_rates_new_embedded (year, error);
          if (rates == NULL)
            return NULL;
          {
            g_autofree char *escaped = g_markup_escape_text (user_error->message, -1);
            g_autofree char *message = g_strdup_printf (_("Your rates file is ignored: %s"), escaped);
            AdwToast *t = adw_toast_new (message);

            /* it stays until dismissed: a user file matters */
            adw_toast_set_timeout (t, 0);
            adw_toast_overlay_add_toast (self->toast_overlay, t);
          }
        }
      g_hash_table_insert (self->rates, GINT_TO_POINTER (year), rates);
    }
  return ps_rates_resolve (rates, date, error);
}

/* The scenario's name: its file's, without .json, or "New Scenario". */
char *
_ps_window_scenario_name (PsWindow *self)
{
  g_autofree char *basename = NULL;
  char *name;

  if (self->file == NULL)
    return g_strdup (_("New Scenario"));
  basename = g_file_get_basename (self->file);
  name = g_filename_display_name (basename);
  if (g_str_has_suffix (name, ".json") && strlen (name) > strlen (".json"))
    name[strlen (name) - strlen (".json")] = '\0';
  return name;
}

/* The folder of the file, with ~ for the home folder ("" if untitled). */
static char *
scenario_folder (PsWindow *self)
{
  g_autoptr (GFile) parent = self->file != NULL ? g_file_get_parent (self->file) : NULL;
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;
  const char *home = g_get_home_dir ();
  gsize n = home != NULL ? strlen (home) : 0;

  if (path == NULL)
    return g_strdup ("");
  if (n > 1 && strncmp (path, home, n) == 0 && (path[n] == '\0' || path[n] == G_DIR_SEPARATOR))
    {
      g_autofree char *rest = g_filename_display_name (path + n);

      return g_strconcat ("~", rest, NULL);
    }
  return g_filename_display_name (path);
}

/* The scenario's name in the header bar and the window title, with a
 * mark while it has unsaved changes (“• mission”). */
void
_ps_window_update_title (PsWindow *self)
{
  g_autofree char *name = _ps_window_scenario_name (self);
  g_autofree char *shown = NULL;
  g_autofree char *title = NULL;
  g_autofree char *folder = NULL;
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (self->modified)
    /* Translators: the name of a scenario with unsaved changes, as in the
     * window title of GNOME Text Editor; keep the mark before the name */
    shown = g_strdup_printf (_("• %s"), name);
  else
    shown = g_strdup (name);
  /* Translators: the window title, “mission — Portage Simulator” */
  title = g_strdup_printf (_("%s — Portage Simulator"), shown);
  gtk_window_set_title (GTK_WINDOW (self), title);

  /* a narrow window shows one page at a time: each says what it is, and
   * the scenario under it */
  folder = scenario_folder (self);
  adw_window_title_set_title (self->window_title,
                              !folded ? shown
                              : g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "offers") == 0
                              ? _("Offers") : _("Results"));
  adw_window_title_set_subtitle (self->window_title, folded ? shown : folder);
  adw_window_title_set_subtitle (self->inputs_title, folded ? shown : "");
}

/* Modified: a field shows a value in error, or the inputs differ from the
 * ones last opened, saved or made new. */
/* The Offers view's offers, in the scenario file's terms (a text of
 * them all, and which is current, to compare). */
static char *
offers_text (PsWindow *self)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const PsOffer *current = ps_offers_view_get_current (self->offers_view);
  int n = ps_offers_view_get_n_offers (self->offers_view);

  for (int i = 0; i < n; i++)
    {
      const PsOffer *offer = ps_offers_view_get_offer (self->offers_view, i);
      g_autofree char *json = ps_offer_to_json (offer);

      g_string_append_printf (text, "%s%s\n", offer == current ? "*" : "", json);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the form and the Offers view hold: the offers go in the file when
 * it had offers or they are no longer the bundled examples (a file is
 * never saved without the offers it was opened with). */
void
_ps_window_get_file (PsWindow       *self,
                     PsScenarioFile *file)
{
  g_autofree char *offers = NULL;
  const PsOffer *current;
  int n;

  ps_inputs_page_get_file (self->inputs_page, file);
  offers = offers_text (self);
  if (!self->offers_in_file && g_strcmp0 (offers, self->default_offers) == 0)
    return;
  current = ps_offers_view_get_current (self->offers_view);
  n = MIN (ps_offers_view_get_n_offers (self->offers_view), PS_MAX_OFFERS);
  file->n_offers = 0;
  file->current_offer = -1;
  for (int i = 0; i < n; i++)
    {
      const PsOffer *offer = ps_offers_view_get_offer (self->offers_view, i);

      file->offers[file->n_offers] = *offer;
      if (offer == current)
        file->current_offer = file->n_offers;
      file->n_offers++;
    }
}

void
_ps_window_update_modified (PsWindow *self)
{
  gboolean modified = TRUE;

  if (ps_inputs_page_is_valid (self->inputs_page))
    {
      g_autofree char *json = NULL;
      PsScenarioFile file;

      _ps_window_get_file (self, &file);
      json = ps_scenario_file_to_json (&file);
      modified = g_strcmp0 (json, self->saved_json) != 0;
    }
  if (modified == self->modified)
    return;
  self->modified = modified;
  _ps_window_update_title (self);
}

/* While a field is in error, the results are still those of the last
 * valid inputs: dimmed, so that they are not read as the answer to what
 * the form shows. */
void
_ps_window_update_stale (PsWindow *self)
{
  gboolean stale = !ps_inputs_page_is_valid (self->inputs_page);
  GtkWidget *results[] = {
    GTK_WIDGET (self->results_view), GTK_WIDGET (self->results_bar_amount), GTK_WIDGET (self->years_view),
  };

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    if (results[i] == NULL) /* a view not made yet */
      continue;
    else if (stale)
      gtk_widget_add_css_class (results[i], "dim-label");
    else
      gtk_widget_remove_css_class (results[i], "dim-label");
}

static void
valid_changed_cb (PsWindow *self)
{
  _ps_window_update_stale (self);
  _ps_window_update_modified (self);
}

/* @file is what was just opened, saved or made new. */
void
_ps_window_set_saved (PsWindow             *self,
                      const PsScenarioFile *file)
{
  g_free (self->saved_json);
  self->saved_json = ps_scenario_file_to_json (file);
}

/* ------------------------------------------------------------ store */

/* "last-scenario": the inputs a new session starts with. */
static void
store_inputs (PsWindow *self)
{
  g_autofree char *json = NULL;
  g_autofree char *stored = NULL;

  g_clear_handle_id (&self->store_id, g_source_remove);
  if (self->settings == NULL || !self->has_results)
    return;
  json = ps_scenario_file_to_json (&self->last_valid);
  stored = g_settings_get_string (self->settings, "last-scenario");
  if (!g_str_equal (json, stored))
    g_settings_set_string (self->settings, "last-scenario", json);
}

static gboolean
store_timeout_cb (gpointer user_data)
{
  PsWindow *self = user_data;

  self->store_id = 0;
  store_inputs (self);
  return G_SOURCE_REMOVE;
}

/* Once the inputs rest: no write per keystroke. */
static void
schedule_store (PsWindow *self)
{
  if (self->settings == NULL)
    return;
  g_clear_handle_id (&self->store_id, g_source_remove);
  self->store_id = g_timeout_add (STORE_DELAY_MS, store_timeout_cb, self);
  g_source_set_name_by_id (self->store_id, "[portage-simulator] store the inputs");
}

/* ------------------------------------------------------------ compute */

static void
update_results_bar (PsWindow *self)
{
  PsStatusSummary best;
  g_autofree char *amount = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  ps_status_summary (self->comparison, self->comparison->best, &best);
  amount = ps_format_money (best.net_after_tax);
  if (!self->comparison->has_best)
    {
      /* nothing can be used at these inputs: no "best" */
      title = g_strdup (_("No status can be used"));
      text = g_strdup ("—");
    }
  else
    {
      /* Translators: in the bar under the inputs of a narrow window; %s is a status */
      title = g_strdup_printf (_("Best: %s"), _(ps_status_name (best.status)));
      /* Translators: %s is an amount */
      text = g_strdup_printf (_("%s a month"), amount);
    }
  gtk_label_set_label (self->results_bar_title, title);
  gtk_label_set_label (self->results_bar_amount, text);
}

/* Everything from @file: the statuses, the offers (the one marked
 * current in the portage card), the chart sweep. */
static void
compute (PsWindow             *self,
         const PsScenarioFile *file_in)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) tips = NULL;
  PsTipsPlan plan;
  PsScenarioFile file = *file_in;
  const PsParams *params;
  const PsOffer *current;
  const PsOffer *swept = NULL;
  PsYearSection *year_section = ps_inputs_page_get_year_section (self->inputs_page);
  PsYearInputs year_inputs;
  gboolean year_on;
  double from, to;
  gint64 start = g_get_monotonic_time ();

  params = params_for (self, file.date != 0 ? file.date : ps_rates_default_date (), &error);
  if (params == NULL)
    {
      /* the results keep the last valid state */
      _ps_window_toast (self, error->message);
      return;
    }
  *self->params = *params;

  ps_chart_sweep_range (file.scenario.tjm, &from, &to);
  year_on = ps_year_section_get_enabled (year_section);
  /* the Offers view's current offer makes portage (and the health budget
   * of the others, "as portage's"), as portage-cli with a scenario file */
  current = ps_offers_view_get_current (self->offers_view);
  if (year_on)
    {
      /* the days billed come from the realistic year */
      ps_year_section_get_inputs (year_section, &year_inputs);
      ps_year_compute_offer (self->params, &file.scenario, current, &year_inputs, self->year);
      *self->comparison = self->year->comparison;
      ps_year_sweep_offer (self->params, &file.scenario, current, &year_inputs, from, to, N_SWEEP, self->sweep);
      swept = current;
    }
  else
    {
      ps_comparison_compute (self->params, &file.scenario, self->comparison);
      if (current != NULL)
        ps_comparison_sweep_offer_usable (self->params, &file.scenario, current, from, to, N_SWEEP, self->sweep);
      else
        ps_comparison_sweep_usable (self->params, &file.scenario, from, to, N_SWEEP, self->sweep);
    }
  ps_timing_mark ("compute: comparison and sweep");
  /* the offers on the days the comparison bills; the one marked current
   * makes the portage card and curve */
  ps_offers_view_set_scenario (self->offers_view, self->params, &self->comparison->scenario);
  current = ps_offers_view_get_current (self->offers_view);
  if (current != NULL)
    {
      double portage[N_SWEEP];

      /* over a realistic year, the year with that offer (its sick pay
       * too), at each day rate of the curve as on the cards */
      if (year_on)
        {
          g_autofree double *sweep = g_new (double, N_SWEEP * PS_N_STATUSES);

          ps_year_compute_offer (self->params, &file.scenario, current, &year_inputs, self->year);
          *self->comparison = self->year->comparison;
          /* swept above with that offer already: once */
          if (current == swept)
            memcpy (sweep, self->sweep, N_SWEEP * PS_N_STATUSES * sizeof (double));
          else
            ps_year_sweep_offer (self->params, &file.scenario, current, &year_inputs, from, to, N_SWEEP, sweep);
          for (int i = 0; i < N_SWEEP; i++)
            portage[i] = sweep[i * PS_N_STATUSES + PS_STATUS_PORTAGE];
        }
      else
        {
          ps_comparison_use_offer (self->params, current, self->comparison);
          ps_offer_sweep_usable (self->params, &self->comparison->scenario, current, from, to, N_SWEEP, portage);
        }
      for (int i = 0; i < N_SWEEP; i++)
        self->sweep[i * PS_N_STATUSES + PS_STATUS_PORTAGE] = portage[i];
    }
  ps_timing_mark ("compute: offers");
  /* the Scenarios view's first column: these inputs, as compared (a view
   * not made yet takes them when it is: ps-window-views.c) */
  file.year_on = year_on;
  if (year_on)
    file.year = year_inputs;
  if (self->scenarios_view != NULL)
    ps_scenarios_view_set_current (self->scenarios_view, &file, current);
  self->compute_time = g_get_monotonic_time () - start;
  ps_timing_mark ("compute: scenarios");
  ps_year_section_show_year (year_section, year_on ? self->year : NULL);
  ps_inputs_page_show_year_days (self->inputs_page, year_on ? self->year->billed_days : -1);
  ps_results_view_set_year (self->results_view, year_on ? self->year : NULL);

  ps_results_view_set_params (self->results_view, self->params);
  ps_results_view_set_rates (self->results_view,
                             g_hash_table_lookup (self->rates, GINT_TO_POINTER (PS_DATE_YEAR (self->params->date))));
  ps_results_view_update (self->results_view, self->comparison, from, to, N_SWEEP, self->sweep);
  ps_timing_mark ("compute: results view");
  /* against the comparison shown: the current offer makes portage */
  tips = ps_tips_compute_offer (self->params, &file.scenario, current, &plan);
  ps_results_view_set_engine_tips (self->results_view, g_steal_pointer (&tips), &plan);
  ps_timing_mark ("compute: tips");
  update_results_bar (self);
  if (self->years_view != NULL)
    ps_years_view_update (self->years_view,
                          g_hash_table_lookup (self->rates, GINT_TO_POINTER (PS_DATE_YEAR (self->params->date))),
                          self->params, self->comparison);

  ps_timing_mark ("compute: years view");
  self->last_valid = file;
  self->has_results = TRUE;
  schedule_store (self);
}

static void
inputs_changed_cb (PsWindow *self)
{
  PsScenarioFile file;

  _ps_window_update_modified (self);
  ps_inputs_page_get_file (self->inputs_page, &file);
  compute (self, &file);
}

/* another offer in the portage card, or the current one edited */
static void
current_offer_changed_cb (PsWindow *self)
{
  _ps_window_update_modified (self);
  if (self->has_results)
    compute (self, &self->last_valid);
}

/* ------------------------------------------------------------ defaults */

void
_ps_window_defaults (PsWindow       *self,
                     PsScenarioFile *file)
{
  g_autoptr (GError) error = NULL;
  const PsParams *params = params_for (self, ps_rates_default_date (), &error);
  static const struct
  {
    const char     *key;
    PsScenarioField field;
  } numbers[] = {
    { "default-tjm", PS_SCENARIO_FIELD_TJM },
    { "default-days-per-year", PS_SCENARIO_FIELD_DAYS },
    { "default-expenses-monthly", PS_SCENARIO_FIELD_EXPENSES_MONTHLY },
    { "default-fee-percent", PS_SCENARIO_FIELD_FEE_PCT },
    { "default-fee-flat-monthly", PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY },
    { "default-esn-margin-percent", PS_SCENARIO_FIELD_ESN_MARGIN_PCT },
    { "default-tax-rate-percent", PS_SCENARIO_FIELD_TAX_RATE_PCT },
    { "default-parts", PS_SCENARIO_FIELD_PARTS },
  };
  g_autofree char *fee_model = NULL;
  g_autofree char *tax = NULL;

  if (params == NULL)
    g_error ("The embedded rates do not load: %s", error->message);
  ps_scenario_file_init (file, params);
  if (self->settings == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr (GError) field_error = NULL;

      /* a value out of range keeps the engine's default */
      if (!ps_scenario_file_set_field (file, numbers[i].field,
                                       g_settings_get_double (self->settings, numbers[i].key),
                                       &field_error))
        g_warning ("%s: %s", numbers[i].key, field_error->message);
    }
  fee_model = g_settings_get_string (self->settings, "default-fee-model");
  for (int m = PS_FEE_PERCENT_REVENUE; m <= PS_FEE_FLAT; m++)
    if (g_str_equal (fee_model, ps_fee_model_id (m)))
      file->scenario.fee_model = m;
  tax = g_settings_get_string (self->settings, "default-tax-method");
  for (int m = PS_TAX_BAREME; m <= PS_TAX_RATE; m++)
    if (g_str_equal (tax, ps_tax_method_id (m)))
      file->scenario.tax.method = m;
}

void
ps_window_reset (PsWindow *self)
{
  PsScenarioFile file;

  g_return_if_fail (PS_IS_WINDOW (self));

  _ps_window_defaults (self, &file);
  g_clear_object (&self->file);
  _ps_window_set_saved (self, &file);
  ps_inputs_page_set_file (self->inputs_page, &file);
  _ps_window_update_modified (self);
  _ps_window_update_title (self);
}

/* ------------------------------------------------------------ accessors */

PsInputsPage *
ps_window_get_inputs_page (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->inputs_page;
}

PsOffersView *
ps_window_get_offers_view (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return _ps_window_ensure_offers_view (self);
}

PsScenariosView *
ps_window_get_scenarios_view (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return _ps_window_ensure_scenarios_view (self);
}

PsResultsView *
ps_window_get_results_view (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->results_view;
}

PsYearsView *
ps_window_get_years_view (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return _ps_window_ensure_years_view (self);
}

const PsComparison *
ps_window_get_comparison (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->has_results ? self->comparison : NULL;
}

const PsParams *
ps_window_get_params (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->has_results ? self->params : NULL;
}

gint64
ps_window_get_compute_time (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), 0);
  return self->compute_time;
}

/* ------------------------------------------------------------ GObject */

static gboolean
ps_window_close_request (GtkWindow *window)
{
  PsWindow *self = PS_WINDOW (window);

  /* unsaved changes: not before the user says what to do with them */
  if (self->modified && !self->discarding)
    {
      _ps_window_ask_then (self, THEN_CLOSE, NULL);
      return TRUE;
    }

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
      store_inputs (self);
      g_settings_apply (self->settings);
    }
  return GTK_WINDOW_CLASS (ps_window_parent_class)->close_request (window);
}

static void
ps_window_dispose (GObject *object)
{
  PsWindow *self = PS_WINDOW (object);

  _ps_window_views_dispose (self);
  /* a change not stored yet */
  if (self->store_id != 0)
    store_inputs (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->unsaved_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_WINDOW);
  /* their pages are gone, and them with them */
  self->years_view = NULL;
  self->scenarios_view = NULL;
  g_clear_object (&self->offers_view);
  G_OBJECT_CLASS (ps_window_parent_class)->dispose (object);
}

static void
ps_window_finalize (GObject *object)
{
  PsWindow *self = PS_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_clear_object (&self->then_file);
  g_clear_object (&self->before_reset_file);
  g_free (self->saved_json);
  g_free (self->before_reset_json);
  g_free (self->default_offers);
  g_free (self->comparison);
  g_free (self->year);
  g_free (self->params);
  g_free (self->sweep);
  /* after the widgets: the lines they showed pointed into the rates */
  g_hash_table_unref (self->rates);
  G_OBJECT_CLASS (ps_window_parent_class)->finalize (object);
}

static void
ps_window_class_init (PsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ps_window_dispose;
  object_class->finalize = ps_window_finalize;
  window_class->close_request = ps_window_close_request;

  g_type_ensure (PS_TYPE_INPUTS_PAGE);
  g_type_ensure (PS_TYPE_RESULTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, inputs_pane);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_pane);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, inputs_page);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, years_bin);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, offers_bin);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, scenarios_bin);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, no_switcher);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, inputs_title);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, export_content);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_bar_title);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_bar_amount);

  _ps_window_class_files_init (widget_class);
  _ps_window_class_views_init (widget_class);
}

static void
ps_window_init (PsWindow *self)
{
  PsScenarioFile file;

  ps_timing_mark ("window: template");
  gtk_widget_init_template (GTK_WIDGET (self));
  ps_timing_mark ("window: template built");
  /* the offers only: its widgets are made when the view is first shown */
  self->offers_view = g_object_ref_sink (g_object_new (PS_TYPE_OFFERS_VIEW, NULL));

  self->rates = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ps_rates_unref);
  self->params = g_new0 (PsParams, 1);
  self->comparison = g_new0 (PsComparison, 1);
  self->year = g_new0 (PsYear, 1);
  self->sweep = g_new0 (double, N_SWEEP * PS_N_STATUSES);

  self->settings = ps_paths_settings_new (APP_ID);
  if (self->settings == NULL)
    g_warning ("The settings schema %s is not installed: nothing will be remembered", APP_ID);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      /* the results per month or per year, as last chosen */
      g_settings_bind (self->settings, "results-period", self->results_view, "period", G_SETTINGS_BIND_DEFAULT);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);

  g_signal_connect_object (self->inputs_page, "changed", G_CALLBACK (inputs_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* a value in error is a change too, and leaves the results behind */
  g_signal_connect_object (self->inputs_page, "notify::valid", G_CALLBACK (valid_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->offers_view, "current-changed", G_CALLBACK (current_offer_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* the bundled examples: not written into a scenario file unless changed */
  self->default_offers = offers_text (self);
  /* a narrow window's title says which view it shows */
  g_signal_connect_object (self->view_stack, "notify::visible-child-name", G_CALLBACK (_ps_window_update_title),
                           self, G_CONNECT_SWAPPED);

  _ps_window_defaults (self, &file);
  if (self->settings != NULL && g_settings_get_boolean (self->settings, "restore-last-scenario"))
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-scenario");
      g_autoptr (GError) error = NULL;

      if (*last != '\0' && !ps_scenario_file_from_json (&file, last, -1, &error))
        g_warning ("The last inputs are not restored: %s", error->message);
    }
  ps_timing_mark ("window: defaults and settings");
  self->last_valid = file;
  /* what the session starts with is the baseline of the changes */
  _ps_window_set_saved (self, &file);
  ps_inputs_page_set_file (self->inputs_page, &file);
  ps_timing_mark ("window: inputs set and first compute");
  /* nothing to store before the user changes something */
  g_clear_handle_id (&self->store_id, g_source_remove);
  _ps_window_views_init (self);
  _ps_window_update_title (self);
}
