/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ps-chart-scale.h"
#include "ps-money.h"
#include "ps-rates.h"
#include "ps-xlsx-export.h"
#include "ps-scenario.h"
#include "ps-status-summary.h"
#include "ps-tip-list.h"
#include "ps-window.h"

/* day rates of the chart sweep */
#define N_SWEEP 121

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
  AdwWindowTitle    *window_title;
  GtkWidget         *export_button;
  AdwButtonContent  *export_content;
  GtkLabel          *results_bar_title;
  GtkLabel          *results_bar_amount;

  GSettings         *settings;       /* NULL if the schema is not installed */
  GHashTable        *rates;          /* year → PsRates */
  PsParams          *params;
  PsComparison      *comparison;
  double            *sweep;
  gboolean           has_results;
  gint64             compute_time;

  PsScenarioFile     last_valid;
  PsScenarioFile     before_reset;
  GFile             *file;           /* the scenario file opened or saved */
  GtkNativeDialog   *chooser;
};

G_DEFINE_FINAL_TYPE (PsWindow, ps_window, ADW_TYPE_APPLICATION_WINDOW)

PsWindow *
ps_window_new (AdwApplication *application)
{
  return g_object_new (PS_TYPE_WINDOW, "application", application, NULL);
}

/* ------------------------------------------------------------ helpers */

static void
toast (PsWindow   *self,
       const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_error (PsWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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
            g_autofree char *message = g_strdup_printf (_("Your rates file is ignored: %s"), user_error->message);
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

static void
update_title (PsWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (self->file != NULL)
    {
      g_autofree char *path = g_file_get_path (self->file);

      name = path != NULL ? g_filename_display_basename (path) : g_file_get_basename (self->file);
      /* Translators: the window title, “mission.json — Portage Simulator” */
      title = g_strdup_printf (_("%s — Portage Simulator"), name);
    }
  adw_window_title_set_subtitle (self->window_title, name != NULL ? name : "");
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Portage Simulator"));
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
  /* Translators: in the bar under the inputs of a narrow window; %s is a status */
  title = g_strdup_printf (_("Best: %s"), _(ps_status_name (best.status)));
  /* Translators: %s is an amount */
  text = g_strdup_printf (_("%s a month"), amount);
  gtk_label_set_label (self->results_bar_title, title);
  gtk_label_set_label (self->results_bar_amount, text);
}

static void
inputs_changed_cb (PsWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) tips = NULL;
  PsScenarioFile file;
  const PsParams *params;
  double from, to;
  gint64 start = g_get_monotonic_time ();

  ps_inputs_page_get_file (self->inputs_page, &file);
  params = params_for (self, file.date != 0 ? file.date : ps_rates_default_date (), &error);
  if (params == NULL)
    {
      /* the results keep the last valid state */
      toast (self, error->message);
      return;
    }
  *self->params = *params;

  ps_comparison_compute (self->params, &file.scenario, self->comparison);
  ps_chart_sweep_range (file.scenario.tjm, &from, &to);
  ps_comparison_sweep (self->params, &file.scenario, from, to, N_SWEEP, self->sweep);
  self->compute_time = g_get_monotonic_time () - start;

  ps_results_view_set_params (self->results_view, self->params);
  ps_results_view_update (self->results_view, self->comparison, from, to, N_SWEEP, self->sweep);
  tips = ps_tips_for_comparison (self->params, self->comparison);
  ps_results_view_set_tips (self->results_view, tips);
  update_results_bar (self);

  self->last_valid = file;
  self->has_results = TRUE;
}

/* ------------------------------------------------------------ defaults */

static void
defaults (PsWindow       *self,
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

  defaults (self, &file);
  g_clear_object (&self->file);
  update_title (self);
  ps_inputs_page_set_file (self->inputs_page, &file);
}

/* ------------------------------------------------------------ files */

gboolean
ps_window_open_file (PsWindow *self,
                     GFile    *file,
                     GError  **error)
{
  g_autofree char *path = g_file_get_path (file);
  PsScenarioFile scenario;

  g_return_val_if_fail (PS_IS_WINDOW (self), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only local files can be opened"));
      return FALSE;
    }
  /* keys absent from the file take the defaults */
  defaults (self, &scenario);
  if (!ps_scenario_file_load (&scenario, path, error))
    return FALSE;
  g_set_object (&self->file, file);
  update_title (self);
  ps_inputs_page_set_file (self->inputs_page, &scenario);
  return TRUE;
}

gboolean
ps_window_save_file (PsWindow *self,
                     GFile    *file,
                     GError  **error)
{
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (PS_IS_WINDOW (self), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only local files can be saved"));
      return FALSE;
    }
  /* the last valid inputs: a field in error keeps its last valid value */
  if (!ps_scenario_file_save (&self->last_valid, path, error))
    return FALSE;
  g_set_object (&self->file, file);
  update_title (self);
  return TRUE;
}

static void
remember_folder (PsWindow *self,
                 GFile    *file)
{
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *path = parent != NULL ? g_file_get_path (parent) : NULL;

  if (self->settings != NULL && path != NULL)
    g_settings_set_string (self->settings, "last-folder", path);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr (GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (json, _("Scenarios (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (chooser, json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
}

static void
set_folder (PsWindow       *self,
            GtkFileChooser *chooser)
{
  g_autofree char *folder = NULL;
  g_autoptr (GFile) dir = NULL;

  if (self->file != NULL)
    dir = g_file_get_parent (self->file);
  else if (self->settings != NULL)
    {
      folder = g_settings_get_string (self->settings, "last-folder");
      if (*folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
        dir = g_file_new_for_path (folder);
    }
  if (dir != NULL)
    gtk_file_chooser_set_current_folder (chooser, dir, NULL);
}

static void
release_window (gpointer  data,
                GClosure *closure)
{
  g_object_unref (data);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  PsWindow *self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      remember_folder (self, file);
      if (!ps_window_open_file (self, file, &error))
        show_error (self, _("Could Not Open the Scenario"), error->message);
    }
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  PsWindow *self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      remember_folder (self, file);
      if (!ps_window_save_file (self, file, &error))
        show_error (self, _("Could Not Save the Scenario"), error->message);
      else
        toast (self, _("Scenario saved"));
    }
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Scenario"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  set_folder (self, GTK_FILE_CHOOSER (chooser));
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  /* the dialog keeps the window alive until it goes */
  g_signal_connect_data (chooser, "response", G_CALLBACK (open_response_cb), g_object_ref (self),
                         release_window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Scenario"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser));
  set_folder (self, GTK_FILE_CHOOSER (chooser));
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    /* Translators: the name proposed for a new scenario file; keep .json */
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("scenario.json"));
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  /* the dialog keeps the window alive until it goes */
  g_signal_connect_data (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self),
                         release_window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  g_autoptr (GError) error = NULL;

  if (self->file == NULL)
    {
      save_as_action (widget, action_name, parameter);
      return;
    }
  if (!ps_window_save_file (self, self->file, &error))
    show_error (self, _("Could Not Save the Scenario"), error->message);
  else
    toast (self, _("Scenario saved"));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  AdwToast *t;

  self->before_reset = self->last_valid;
  ps_window_reset (self);
  t = adw_toast_new (_("New scenario from the defaults"));
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, "win.undo-new");
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
undo_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  ps_inputs_page_set_file (self->inputs_page, &self->before_reset);
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    show_error (self, _("Could Not Open the Workbook"), error->message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  PsWindow *self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      remember_folder (self, file);
      if (path == NULL)
        show_error (self, _("Could Not Export"), _("Choose a local folder for the workbook."));
      else if (!ps_window_export (self, path, &error))
        show_error (self, _("Could Not Export"), error->message);
      else
        {
          g_autofree char *uri = g_file_get_uri (file);
          AdwToast *t = adw_toast_new (_("Workbook exported"));

          adw_toast_set_button_label (t, _("_Open"));
          adw_toast_set_action_name (t, "win.open-export");
          adw_toast_set_action_target_value (t, g_variant_new_string (uri));
          adw_toast_overlay_add_toast (self->toast_overlay, t);
        }
    }
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) xlsx = gtk_file_filter_new ();

  if (!self->has_results)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Simulation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (xlsx, _("Excel Workbooks"));
  gtk_file_filter_add_mime_type (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_pattern (xlsx, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  set_folder (self, GTK_FILE_CHOOSER (chooser));
  /* Translators: the name proposed for an exported workbook; keep .xlsx */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("simulation.xlsx"));
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  g_signal_connect_data (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self),
                         release_window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/* Writes the last valid results to @path (atomically): what Ctrl+E does
 * once a file is chosen. */
gboolean
ps_window_export (PsWindow    *self,
                  const char  *path,
                  GError     **error)
{
  PsRates *rates;
  PsDate date;

  g_return_val_if_fail (PS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->has_results, FALSE);

  date = self->params->date;
  rates = g_hash_table_lookup (self->rates, GINT_TO_POINTER (PS_DATE_YEAR (date)));
  g_return_val_if_fail (rates != NULL, FALSE);
  return ps_xlsx_export (self->comparison, self->params, rates, path, error);
}

static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->results_pane);
}

static void
show_inputs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->inputs_pane);
}

/* A narrow window has no room for the Export label: the icon says it. */
static void
folded_changed_cb (PsWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  adw_button_content_set_label (self->export_content, folded ? "" : _("_Export"));
  /* the inputs page says “Inputs”: this one, “Results” */
  adw_window_title_set_title (self->window_title, folded ? _("Results") : _("Portage Simulator"));
}

/* ------------------------------------------------------------ accessors */

PsInputsPage *
ps_window_get_inputs_page (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->inputs_page;
}

PsResultsView *
ps_window_get_results_view (PsWindow *self)
{
  g_return_val_if_fail (PS_IS_WINDOW (self), NULL);
  return self->results_view;
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
      if (self->has_results)
        {
          g_autofree char *json = ps_scenario_file_to_json (&self->last_valid);
          g_settings_set_string (self->settings, "last-scenario", json);
        }
      g_settings_apply (self->settings);
    }
  return GTK_WINDOW_CLASS (ps_window_parent_class)->close_request (window);
}

static void
ps_window_dispose (GObject *object)
{
  PsWindow *self = PS_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_WINDOW);
  G_OBJECT_CLASS (ps_window_parent_class)->dispose (object);
}

static void
ps_window_finalize (GObject *object)
{
  PsWindow *self = PS_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->file);
  g_free (self->comparison);
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
  gtk_widget_class_bind_template_child (widget_class, PsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, export_content);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_bar_title);
  gtk_widget_class_bind_template_child (widget_class, PsWindow, results_bar_amount);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.undo-new", NULL, undo_new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, show_results_action);
  gtk_widget_class_install_action (widget_class, "win.show-inputs", NULL, show_inputs_action);
}

static void
ps_window_init (PsWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  PsScenarioFile file;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rates = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ps_rates_unref);
  self->params = g_new0 (PsParams, 1);
  self->comparison = g_new0 (PsComparison, 1);
  self->sweep = g_new0 (double, N_SWEEP * PS_N_STATUSES);



  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new (APP_ID);
  else
    g_warning ("The settings schema %s is not installed: nothing will be remembered "
               "(set GSETTINGS_SCHEMA_DIR to run from the build folder)", APP_ID);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);

  g_signal_connect_object (self->inputs_page, "changed", G_CALLBACK (inputs_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb),
                           self, G_CONNECT_SWAPPED);

  defaults (self, &file);
  if (self->settings != NULL && g_settings_get_boolean (self->settings, "restore-last-scenario"))
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-scenario");
      g_autoptr (GError) error = NULL;

      if (*last != '\0' && !ps_scenario_file_from_json (&file, last, -1, &error))
        g_warning ("The last inputs are not restored: %s", error->message);
    }
  self->last_valid = file;
  ps_inputs_page_set_file (self->inputs_page, &file);
}
