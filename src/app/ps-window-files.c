/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's files: new, open, save, export, and the questions before
 * them (unsaved changes, a file to replace). */
#define G_LOG_DOMAIN "ps-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-offers-view.h"
#include "ps-window-private.h"
#include "ps-export-loader.h"

static AdwMessageDialog *
new_dialog (PsWindow   *self,
            const char *heading)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  return ADW_MESSAGE_DIALOG (dialog);
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* In a "response" handler: a click closes the dialog, but
 * adw_message_dialog_response () does not; its caller may still use it,
 * so it goes on idle. The window may be gone by then (Discard closes
 * it): the dialog lets go of it now, or its finalization would touch
 * the freed window. */
static void
dismiss_dialog (AdwMessageDialog *dialog)
{
  gtk_widget_set_visible (GTK_WIDGET (dialog), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (dialog), g_object_unref);
}

static void
show_error (PsWindow   *self,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog = new_dialog (self, heading);

  adw_message_dialog_set_body (dialog, body);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  g_signal_connect (dialog, "response", G_CALLBACK (dismiss_dialog), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The Offers view takes a scenario file's offers (none: it keeps its own). */
static void
offers_from_file (PsWindow             *self,
                  const PsScenarioFile *file)
{
  self->offers_in_file = file->n_offers > 0;
  if (file->n_offers == 0)
    return;
  /* the view keeps one offer at least, and holds six at most */
  while (ps_offers_view_get_n_offers (self->offers_view) > 1)
    ps_offers_view_remove (self->offers_view, 0);
  for (int i = 0; i < file->n_offers; i++)
    ps_offers_view_add (self->offers_view, &file->offers[i]);
  ps_offers_view_remove (self->offers_view, 0);
  ps_offers_view_set_current (self->offers_view, file->current_offer);
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
  _ps_window_defaults (self, &scenario);
  if (!ps_scenario_file_load (&scenario, path, error))
    return FALSE;
  g_set_object (&self->file, file);
  offers_from_file (self, &scenario);
  _ps_window_set_saved (self, &scenario);
  ps_inputs_page_set_file (self->inputs_page, &scenario);
  _ps_window_update_modified (self);
  _ps_window_update_title (self);
  return TRUE;
}

gboolean
ps_window_save_file_full (PsWindow             *self,
                          GFile                *file,
                          PsScenarioSaveFlags   flags,
                          GError              **error)
{
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *invalid;
  PsScenarioFile scenario;

  g_return_val_if_fail (PS_IS_WINDOW (self), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Only local files can be saved"));
      return FALSE;
    }
  /* what the form shows, or nothing: a field in error would be saved
   * with a value the user no longer sees */
  invalid = ps_inputs_page_get_invalid_row (self->inputs_page);
  if (invalid != NULL)
    {
      g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                   /* Translators: %s is the title of a field of the form */
                   _("“%s” is not valid: correct it, then save again."),
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (invalid)));
      return FALSE;
    }
  _ps_window_get_file (self, &scenario);
  if (!ps_scenario_file_save_full (&scenario, path, flags, error))
    return FALSE;
  g_set_object (&self->file, file);
  _ps_window_set_saved (self, &scenario);
  _ps_window_update_modified (self);
  _ps_window_update_title (self);
  return TRUE;
}

gboolean
ps_window_save_file (PsWindow *self,
                     GFile    *file,
                     GError  **error)
{
  return ps_window_save_file_full (self, file, PS_SCENARIO_SAVE_DEFAULT, error);
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

static void show_open_chooser (PsWindow *self);
static void show_save_chooser (PsWindow *self);
static void new_scenario (PsWindow *self);

/* Does what waited for the unsaved changes to be saved or discarded. */
static void
run_then (PsWindow *self)
{
  Then then = self->then;
  g_autoptr (GFile) file = g_steal_pointer (&self->then_file);

  self->then = THEN_NOTHING;
  switch (then)
    {
    case THEN_NOTHING:
      break;
    case THEN_CLOSE:
      gtk_window_close (GTK_WINDOW (self));
      break;
    case THEN_NEW:
      new_scenario (self);
      break;
    case THEN_OPEN:
      show_open_chooser (self);
      break;
    case THEN_OPEN_FILE:
      {
        g_autoptr (GError) error = NULL;

        if (!ps_window_open_file (self, file, &error))
          show_error (self, _("Could Not Open the Scenario"), error->message);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
cancel_then (PsWindow *self)
{
  self->then = THEN_NOTHING;
  g_clear_object (&self->then_file);
}

/* Shows the field in error, where the user can correct it. */
static void
focus_invalid_row (PsWindow *self)
{
  GtkWidget *row = ps_inputs_page_get_invalid_row (self->inputs_page);

  if (row == NULL)
    return;
  adw_leaflet_set_visible_child (self->leaflet, self->inputs_pane);
  gtk_widget_grab_focus (row);
}

static void save_to (PsWindow            *self,
                     GFile               *file,
                     PsScenarioSaveFlags  flags);

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PsWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  dismiss_dialog (dialog);
  if (g_str_equal (response, "replace"))
    save_to (self, file, PS_SCENARIO_SAVE_REPLACE);
  else
    cancel_then (self);
}

/* @file exists and is not a scenario: replace it only if the user says so. */
static void
ask_replace (PsWindow *self,
             GFile    *file)
{
  AdwMessageDialog *dialog = new_dialog (self, _("Replace the File?"));
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);

  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is a file name */
                                  _("“%s” exists and is not a scenario. Replacing it overwrites its contents."),
                                  name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves, then does what waited for it; asks before replacing what is not
 * a scenario. */
static void
save_to (PsWindow            *self,
         GFile               *file,
         PsScenarioSaveFlags  flags)
{
  g_autoptr (GError) error = NULL;

  if (ps_window_save_file_full (self, file, flags, &error))
    {
      _ps_window_toast (self, _("Scenario saved"));
      run_then (self);
      return;
    }
  if (g_error_matches (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_NOT_SCENARIO)
      && !(flags & PS_SCENARIO_SAVE_REPLACE))
    {
      ask_replace (self, file);
      return;
    }
  cancel_then (self);
  focus_invalid_row (self);
  show_error (self, _("Could Not Save the Scenario"), error->message);
}

/* Save: to the scenario's file, or to one the user chooses. */
static void
save (PsWindow *self)
{
  if (self->file != NULL)
    save_to (self, self->file, PS_SCENARIO_SAVE_DEFAULT);
  else
    show_save_chooser (self);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     PsWindow         *self)
{
  g_clear_weak_pointer (&self->unsaved_dialog);
  dismiss_dialog (dialog);
  if (g_str_equal (response, "save"))
    save (self);
  else if (g_str_equal (response, "discard"))
    {
      if (self->then == THEN_CLOSE)
        self->discarding = TRUE;
      run_then (self);
    }
  else
    cancel_then (self);
}

/* Does @then now if nothing is unsaved; else asks first whether to save
 * the changes, discard them, or do nothing. */
void
_ps_window_ask_then (PsWindow *self,
                     Then      then,
                     GFile    *file)
{
  AdwMessageDialog *dialog;
  g_autofree char *name = NULL;

  if (self->unsaved_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->unsaved_dialog));
      return;
    }
  self->then = then;
  g_set_object (&self->then_file, file);
  if (!self->modified)
    {
      run_then (self);
      return;
    }

  name = _ps_window_scenario_name (self);
  dialog = new_dialog (self, _("Save Changes?"));
  adw_message_dialog_format_body (dialog,
                                  /* Translators: %s is the scenario's name */
                                  _("“%s” has changes that are not saved. If you don’t save them, they will be lost."),
                                  name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  g_set_weak_pointer (&self->unsaved_dialog, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ps_window_open (PsWindow *self,
                GFile    *file)
{
  g_return_if_fail (PS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _ps_window_ask_then (self, THEN_OPEN_FILE, file);
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

  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
  if (response != GTK_RESPONSE_ACCEPT)
    {
      cancel_then (self);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  remember_folder (self, file);
  save_to (self, file, PS_SCENARIO_SAVE_DEFAULT);
}

static void
show_open_chooser (PsWindow *self)
{
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
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _ps_window_ask_then (PS_WINDOW (widget), THEN_OPEN, NULL);
}

static void
show_save_chooser (PsWindow *self)
{
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
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  cancel_then (self);
  show_save_chooser (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  cancel_then (self);
  save (self);
}

static void
new_scenario (PsWindow *self)
{
  AdwToast *t;

  /* the inputs as the form holds them, and where they came from */
  ps_inputs_page_get_file (self->inputs_page, &self->before_reset);
  g_set_object (&self->before_reset_file, self->file);
  g_free (self->before_reset_json);
  self->before_reset_json = g_strdup (self->saved_json);

  ps_window_reset (self);
  t = adw_toast_new (_("New scenario from the defaults"));
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, "win.undo-new");
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _ps_window_ask_then (PS_WINDOW (widget), THEN_NEW, NULL);
}

static void
undo_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);

  /* back to the scenario it was, saved or not */
  g_set_object (&self->file, self->before_reset_file);
  g_free (self->saved_json);
  self->saved_json = g_strdup (self->before_reset_json);
  ps_inputs_page_set_file (self->inputs_page, &self->before_reset);
  _ps_window_update_modified (self);
  _ps_window_update_title (self);
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
          g_autofree char *basename = g_file_get_basename (file);
          g_autofree char *name = g_filename_display_name (basename);
          /* a toast's title is markup */
          g_autofree char *escaped = g_markup_escape_text (name, -1);
          /* Translators: %s is a file name */
          g_autofree char *title = g_strdup_printf (_("Workbook “%s” exported"), escaped);
          AdwToast *t = adw_toast_new (title);

          adw_toast_set_button_label (t, _("_Open"));
          adw_toast_set_action_name (t, "win.open-export");
          adw_toast_set_action_target_value (t, g_variant_new_string (uri));
          adw_toast_overlay_add_toast (self->toast_overlay, t);
        }
    }
  if (self->chooser == chooser)
    g_clear_object (&self->chooser);
}

/* The name proposed for the workbook: the scenario's, or the TJM and the
 * day's date (“portage-550-2026-12-03.xlsx”). */
static char *
export_name (PsWindow *self)
{
  g_autoptr (GDateTime) now = NULL;
  g_autofree char *date = NULL;
  char tjm[G_ASCII_DTOSTR_BUF_SIZE];

  if (self->file != NULL)
    {
      g_autofree char *name = _ps_window_scenario_name (self);

      return g_strconcat (name, ".xlsx", NULL);
    }
  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d");
  g_ascii_formatd (tjm, sizeof tjm, "%.10g", self->comparison->scenario.tjm);
  /* Translators: the name proposed for an exported workbook: the day
   * rate, then the date (2026-12-03); keep .xlsx */
  return g_strdup_printf (_("portage-%s-%s.xlsx"), tjm, date);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PsWindow *self = PS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) xlsx = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (!self->has_results)
    return;
  chooser = gtk_file_chooser_native_new (_("Export the Simulation"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (xlsx, _("Excel Workbooks"));
  gtk_file_filter_add_mime_type (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_pattern (xlsx, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), xlsx);
  set_folder (self, GTK_FILE_CHOOSER (chooser));
  name = export_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
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
  {
    /* the current offer: its own sheet and the Offres sheet; the Portage
     * sheet and the Summary with its terms, its employer profile too (as
     * export --scenario) */
    const PsOffer *current = ps_offers_view_get_current (self->offers_view);

    if (current != NULL)
      {
        g_autofree PsComparison *own = g_new0 (PsComparison, 1);
        PsXlsxExtras extras = { current, 1, NULL, NULL, current, self->comparison };

        ps_comparison_compute (self->params, &self->comparison->scenario, own);
        return ps_export_loader_write (own, self->params, rates, &extras, path, error);
      }
  }
  return ps_export_loader_write (self->comparison, self->params, rates, NULL, path, error);
}

void
_ps_window_class_files_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.undo-new", NULL, undo_new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
}
