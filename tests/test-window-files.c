/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's files: scenarios saved, opened, restored and replaced,
 * the export and its name, and the unsaved changes (the title, the
 * dialogs, what is stored and when). Run under a display (xvfb-run, see
 * build-aux/test.sh). Screenshots go to <build>/tests/screenshots/. */
#include "config.h"

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "ps-ui-test-utils.h"
#include "ps-application.h"
#include "ps-chart-view.h"
#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-preferences-window.h"
#include "ps-rates.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-status-summary.h"
#include "ps-tip-item.h"
#include "ps-tips.h"
#include "ps-window.h"

/* The message dialog shown over @window, or NULL. */
static AdwMessageDialog *
find_dialog (PsWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data)
        && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window)
        && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Waits for the dialog to be drawn, for a screenshot. */
static AdwMessageDialog *
wait_for_dialog (PsWindow *window)
{
  AdwMessageDialog *dialog = NULL;

  for (int i = 0; i < 100 && dialog == NULL; i++)
    {
      dialog = find_dialog (window);
      if (dialog == NULL)
        ps_ui_iterate (10);
    }
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  ps_ui_iterate (50);
  return dialog;
}

/* What a click on the button of @response does. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  g_object_unref (dialog);
  ps_ui_iterate (20);
}

static char *
window_title_text (PsWindow *window)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                           "window_title"));

  return g_strdup_printf ("%s|%s", adw_window_title_get_title (title), adw_window_title_get_subtitle (title));
}

static char *
read_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* ------------------------------------------------------------ tests */

static void
test_scenario_file (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *saved = NULL;
  GtkWidget *tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "725");
  saved = g_strdup (ps_ui_card_text (window, PS_STATUS_PORTAGE));
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), !=, saved);
  g_assert_true (ps_window_open_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "725");
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, saved);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "mission — "));

  /* a bad file: a message naming the key, the inputs unchanged */
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": 1, \"tjm\": -3}", -1, NULL));
  g_assert_false (ps_window_open_file (window, bad, &error));
  g_assert_nonnull (strstr (error->message, "tjm"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "725");

  g_unlink (path);
  g_unlink (bad_path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

static void
test_export (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "simulation.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  /* what Ctrl+E writes once the file is chosen: a complete workbook */
  g_assert_true (ps_window_export (window, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 10000);
  g_assert_cmpint (memcmp (data, "PK", 2), ==, 0);
  g_unlink (path);

  /* an unwritable place: a clear error, nothing written */
  g_assert_false (ps_window_export (window, "/nonexistent-folder/simulation.xlsx", &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test ("/nonexistent-folder/simulation.xlsx", G_FILE_TEST_EXISTS));
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* What the last session typed comes back, and so does the window size. */
static void
test_restore (void)
{
  g_autoptr (GSettings) s = ps_ui_settings ();
  PsWindow *window = ps_ui_open_window (1000, 700);
  GtkWidget *tjm;
  g_autofree char *last = NULL;
  int width, height;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "777");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_DAYS, "150");
  ps_ui_set_switch (window, "vl_switch", TRUE);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "30000");
  /* closing stores them, even when the changes are discarded */
  g_settings_set_boolean (s, "restore-last-scenario", TRUE);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  respond (wait_for_dialog (window), "discard");
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
  last = g_settings_get_string (s, "last-scenario");
  g_assert_nonnull (strstr (last, "\"tjm\":\t777"));
  g_assert_cmpint (g_settings_get_int (s, "window-width"), ==, 1000);

  window = ps_window_new (NULL);
  tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "777");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                                              PS_SCENARIO_FIELD_DAYS))), ==, "150");
  g_assert_true (ps_ui_get_switch (window, "vl_switch"));
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 30000);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* not when the preferences say so */
  g_settings_set_boolean (s, "restore-last-scenario", FALSE);
  ps_ui_close_window (window);
  window = ps_window_new (NULL);
  tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "550");
  ps_ui_close_window (window);

  g_settings_reset (s, "last-scenario");
  g_settings_reset (s, "window-width");
  g_settings_reset (s, "window-height");
}

/* New Scenario takes the preferences' defaults; Undo brings the inputs back. */
static void
test_new_scenario (void)
{
  g_autoptr (GSettings) s = ps_ui_settings ();
  PsWindow *window = ps_ui_open_window (1280, 800);
  GtkWidget *tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
  GtkWidget *fee = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_FEE_PCT);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  g_settings_set_double (s, "default-tjm", 800);
  g_settings_set_double (s, "default-fee-percent", 5.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  /* the TJM typed is not saved */
  respond (wait_for_dialog (window), "discard");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "800");
  {
    /* "5.5", "5,5": as the locale writes it */
    g_autofree char *five_and_a_half = ps_format_number (5.5, 1);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fee)), ==, five_and_a_half);
  }
  g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.tjm, ==, 800);
  g_assert_cmpfloat_with_epsilon (ps_window_get_comparison (window)->scenario.fee_rate, 0.055, 1e-12);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-new", NULL));
  ps_ui_iterate (10);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "612");
  g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.tjm, ==, 612);

  g_settings_reset (s, "default-tjm");
  g_settings_reset (s, "default-fee-percent");
  ps_ui_close_window (window);
}

/* ------------------------------------------------------------ unsaved changes */

/* Saving while a field shows a value in error is refused, and says which
 * field; once corrected, what the form shows is saved. */
static void
test_save_invalid (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkWidget *row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_TJM);
  const char *label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *focus;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);

  /* the last valid TJM is 640, the form shows something else */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "6 40O");
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_false (ps_window_save_file (window, file, &error));
  g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD);
  g_assert_nonnull (strstr (error->message, label));
  g_clear_error (&error);
  text = read_file (path);
  g_assert_nonnull (strstr (text, "\"tjm\":\t640"));
  g_clear_pointer (&text, g_free);

  /* Ctrl+S says it, and takes the user to the field */
  gtk_widget_grab_focus (ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_DAYS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Could Not Save the Scenario"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), label));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  respond (dialog, "close");
  g_assert_null (find_dialog (window));

  /* corrected: saved as shown */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "655");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ps_ui_iterate (20);
  g_assert_null (find_dialog (window));
  text = read_file (path);
  g_assert_nonnull (strstr (text, "\"tjm\":\t655"));

  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* The header bar and the window title name the scenario, with a mark
 * while it has unsaved changes. */
static void
test_modified_title (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *untitled = g_strdup_printf ("%s|", _("New Scenario"));
  g_autofree char *untitled_modified = g_strdup_printf (_("• %s"), _("New Scenario"));
  g_autofree char *saved_title = g_strdup_printf (_("%s — Portage Simulator"), "mission");
  g_autofree char *modified = g_strdup_printf (_("• %s"), "mission");
  g_autofree char *modified_title = g_strdup_printf (_("%s — Portage Simulator"), modified);
  g_autofree char *text = NULL;
  g_autofree char *shot = NULL;

  text = window_title_text (window);
  g_assert_cmpstr (text, ==, untitled);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), _("New Scenario")));
  g_clear_pointer (&text, g_free);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  text = window_title_text (window);
  g_assert_true (g_str_has_prefix (text, untitled_modified));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), untitled_modified));
  g_clear_pointer (&text, g_free);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-modified", PS_UI_SHOT_DEFAULT);

  /* saved: the file's name, no mark, its folder under it */
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);
  text = window_title_text (window);
  g_assert_true (g_str_has_prefix (text, "mission|"));
  {
    g_autofree char *folder = g_path_get_basename (dir);

    g_assert_nonnull (strstr (text, folder));
  }
  g_clear_pointer (&text, g_free);

  /* a value in error is a change; back as saved, there is none */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612 €/j");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, modified_title);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);
  ps_ui_set_switch (window, "acre_switch", TRUE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, modified_title);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ps_ui_iterate (20);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);

  /* opened: the same */
  ps_ui_set_switch (window, "acre_switch", FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, modified_title);
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "discard");
  g_assert_true (ps_ui_get_switch (window, "acre_switch"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);

  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* Narrow, each page says what it is, and the scenario under it. */
static void
test_modified_title_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  AdwWindowTitle *inputs = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                            "inputs_title"));
  g_autofree char *modified = g_strdup_printf (_("• %s"), _("New Scenario"));
  g_autofree char *shot = NULL;
  g_autofree char *dialog_shot = NULL;

  g_assert_cmpstr (adw_window_title_get_title (inputs), ==, _("Inputs"));
  g_assert_cmpstr (adw_window_title_get_subtitle (inputs), ==, _("New Scenario"));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  g_assert_cmpstr (adw_window_title_get_subtitle (inputs), ==, modified);
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-360-modified", PS_UI_SHOT_DEFAULT);

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  dialog_shot = ps_ui_screenshot (GTK_WIDGET (wait_for_dialog (window)), "dialog-360-unsaved", PS_UI_SHOT_DEFAULT);
  respond (find_dialog (window), "discard");
  g_assert_finalize_object (window);
}

/* Closing with unsaved changes asks: Save, Discard or Cancel. */
static void
test_close_unsaved (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mission.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shot = NULL;
  AdwMessageDialog *dialog;

  /* nothing changed: it closes */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ps_ui_iterate (20);
  g_assert_null (find_dialog (window));
  g_assert_finalize_object (window);

  window = ps_ui_open_window (1280, 800);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Save Changes?"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), _("New Scenario")));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==, _("_Save"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, _("_Discard"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "cancel"), ==, _("_Cancel"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==, ADW_RESPONSE_SUGGESTED);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  shot = ps_ui_screenshot (GTK_WIDGET (dialog), "dialog-unsaved", PS_UI_SHOT_DEFAULT);

  /* a second close while it asks: still one dialog */
  gtk_window_close (GTK_WINDOW (window));
  ps_ui_iterate (20);
  g_assert_true (find_dialog (window) == dialog);

  /* Cancel: nothing happens */
  respond (dialog, "cancel");
  g_assert_null (find_dialog (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 612);

  /* Discard: it closes */
  gtk_window_close (GTK_WINDOW (window));
  respond (wait_for_dialog (window), "discard");
  ps_ui_iterate (20);
  g_assert_finalize_object (window);

  /* Save: the changes are written, then it closes */
  window = ps_ui_open_window (1280, 800);
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "733");
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  respond (wait_for_dialog (window), "save");
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
  text = read_file (path);
  g_assert_nonnull (strstr (text, "\"tjm\":\t733"));

  /* Save with a value in error: refused, the window stays */
  window = ps_ui_open_window (1280, 800);
  g_assert_true (ps_window_open_file (window, file, &error));
  g_assert_no_error (error);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "7OO");
  gtk_window_close (GTK_WINDOW (window));
  respond (wait_for_dialog (window), "save");
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Could Not Save the Scenario"));
  respond (dialog, "close");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_clear_pointer (&text, g_free);
  text = read_file (path);
  g_assert_nonnull (strstr (text, "\"tjm\":\t733"));

  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* New and Open ask too; Quit closes each window, which asks. */
static void
test_new_open_quit_unsaved (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "other.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (PsApplication) app = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"tjm\": 480}", -1, NULL));

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "612");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  respond (wait_for_dialog (window), "cancel");
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 612);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  respond (wait_for_dialog (window), "discard");
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 550);

  /* nothing unsaved: no question */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  ps_ui_iterate (20);
  g_assert_null (find_dialog (window));

  /* Ctrl+O asks before the file chooser (cancelled here) */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "613");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  respond (wait_for_dialog (window), "cancel");
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 613);
  /* a file opened from the file manager */
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "cancel");
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 613);
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "discard");
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_TJM, 480);
  ps_ui_close_window (window);

  /* Ctrl+Q */
  app = ps_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = ps_window_new (ADW_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "614");
  g_object_ref (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  respond (wait_for_dialog (window), "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  respond (wait_for_dialog (window), "discard");
  ps_ui_iterate (20);
  g_assert_finalize_object (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
count_cb (GSettings  *s,
          const char *key,
          guint      *count)
{
  (*count)++;
}

/* The inputs are stored shortly after they change, once, without
 * closing the window. */
static void
test_store_debounced (void)
{
  g_autoptr (GSettings) s = ps_ui_settings ();
  PsWindow *window = ps_ui_open_window (1280, 800);
  GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
  const char *burst[] = { "7", "77", "777" };
  gint64 done[G_N_ELEMENTS (burst)];
  gint64 typed = 0, deadline;
  g_autofree char *last = NULL;
  guint writes = 0, slow = 0;

  ps_ui_iterate (700);
  g_settings_reset (s, "last-scenario");
  g_signal_connect (s, "changed::last-scenario", G_CALLBACK (count_cb), &writes);

  /* a burst of keystrokes */
  for (guint i = 0; i < G_N_ELEMENTS (burst); i++)
    {
      typed = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (row), burst[i]);
      done[i] = g_get_monotonic_time ();
      /* a keystroke slower than the delay (valgrind) lets the one before
       * it be stored */
      if (i > 0 && done[i] - done[i - 1] > 450 * 1000)
        slow++;
      if (i + 1 < G_N_ELEMENTS (burst))
        ps_ui_iterate (10);
    }
  /* not at once */
  last = g_settings_get_string (s, "last-scenario");
  g_assert_null (strstr (last, "777"));

  /* but shortly after, with the window open (the deadline is for
   * valgrind, where one relayout can take seconds) */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (strstr (last, "\"tjm\":\t777") == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_free (last);
      last = g_settings_get_string (s, "last-scenario");
    }
  g_test_message ("stored %.0f ms after the last keystroke (delay: 500 ms)",
                  (g_get_monotonic_time () - typed) / 1000.0);
  g_assert_nonnull (strstr (last, "\"tjm\":\t777"));
  g_assert_cmpint (g_get_monotonic_time () - typed, >=, 450 * 1000);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* once for the burst */
  ps_ui_iterate (700);
  g_assert_cmpuint (writes, >=, 1);
  g_assert_cmpuint (writes, <=, 1 + slow);

  g_signal_handlers_disconnect_by_func (s, count_cb, &writes);
  ps_ui_close_window (window);
  g_settings_reset (s, "last-scenario");
}

/* Saving over a file that is not a scenario asks before replacing it. */
static void
test_replace_not_scenario (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shot = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);
  /* meanwhile, something else wrote there */
  g_assert_true (g_file_set_contents (path, "my notes\n", -1, NULL));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "650");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Replace the File?"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "notes.json"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "replace"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  shot = ps_ui_screenshot (GTK_WIDGET (dialog), "dialog-replace", PS_UI_SHOT_DEFAULT);
  respond (dialog, "cancel");
  text = read_file (path);
  g_assert_cmpstr (text, ==, "my notes\n");
  g_clear_pointer (&text, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  respond (wait_for_dialog (window), "replace");
  g_assert_null (find_dialog (window));
  text = read_file (path);
  g_assert_nonnull (strstr (text, "\"tjm\":\t650"));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* The first label under @widget that shows @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The file chooser shown over @window (GtkFileChooserNative's own
 * dialog, where there is no portal). */
static GtkFileChooser *
wait_for_chooser (PsWindow *window)
{
  for (int i = 0; i < 200; i++)
    {
      GList *toplevels = gtk_window_list_toplevels ();
      GtkFileChooser *found = NULL;

      for (GList *l = toplevels; l != NULL; l = l->next)
        if (GTK_IS_FILE_CHOOSER_DIALOG (l->data)
            && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window)
            && gtk_widget_get_visible (l->data))
          found = l->data;
      g_list_free (toplevels);
      if (found != NULL)
        return found;
      ps_ui_iterate (10);
    }
  g_assert_not_reached ();
}

/* The workbook is proposed under the scenario's name, or the TJM and the
 * day's date; the toast names the file written. */
static void
test_export_name (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  GtkWidget *overlay = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                  "toast_overlay"));
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *expected = g_strdup_printf ("portage-640-%s.xlsx", today);
  g_autofree char *path = g_build_filename (dir, expected, NULL);
  g_autofree char *scenario_path = g_build_filename (dir, "mission.json", NULL);
  g_autoptr (GFile) scenario = g_file_new_for_path (scenario_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *shot = NULL;
  GtkFileChooser *chooser;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  chooser = wait_for_chooser (window);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, expected);
  /* once it has loaded its first folder: it would go back to it */
  ps_ui_iterate (300);
  for (int i = 0; i < 100; i++)
    {
      g_autoptr (GFile) current = gtk_file_chooser_get_current_folder (chooser);

      if (current != NULL && g_file_equal (current, folder))
        break;
      g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, &error));
      g_assert_no_error (error);
      ps_ui_iterate (30);
    }
  /* a click on Export; the chooser checks the folder before it answers */
  g_assert_true (gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT)));
  for (int i = 0; i < 300 && !g_file_test (path, G_FILE_TEST_IS_REGULAR); i++)
    ps_ui_iterate (10);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (find_label (overlay, expected));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_iterate (300);
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-exported", PS_UI_SHOT_DEFAULT);

  /* a saved scenario: its name */
  g_assert_true (ps_window_save_file (window, scenario, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  chooser = wait_for_chooser (window);
  g_assert_cmpstr (gtk_file_chooser_get_current_name (chooser), ==, "mission.xlsx");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  ps_ui_iterate (50);

  g_unlink (path);
  g_unlink (scenario_path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/window/scenario-file", test_scenario_file);
  g_test_add_func ("/ps/window/export", test_export);
  g_test_add_func ("/ps/window/restore", test_restore);
  g_test_add_func ("/ps/window/new-scenario", test_new_scenario);
  g_test_add_func ("/ps/window/save-invalid", test_save_invalid);
  g_test_add_func ("/ps/window/modified-title", test_modified_title);
  g_test_add_func ("/ps/window/modified-title-narrow", test_modified_title_narrow);
  g_test_add_func ("/ps/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/ps/window/new-open-quit-unsaved", test_new_open_quit_unsaved);
  g_test_add_func ("/ps/window/store-debounced", test_store_debounced);
  g_test_add_func ("/ps/window/replace-not-scenario", test_replace_not_scenario);
  g_test_add_func ("/ps/window/export-name", test_export_name);
  return g_test_run ();
}
