/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window as a user sees it: run under a display (xvfb-run, see
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

/* How many different colours a widget shows: a blank one shows 1. */
static guint
count_colours (GtkWidget *widget,
               guint      *out_series_pixels)
{
  g_autoptr (GdkTexture) texture = ps_ui_render (widget, PS_UI_SHOT_DEFAULT);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);
  g_autoptr (GHashTable) colours = g_hash_table_new (NULL, NULL);
  GdkRGBA blue;
  guint series = 0;

  ps_chart_series_color (0, &blue);
  gdk_texture_download (texture, data, width * 4);
  for (int i = 0; i < width * height; i++)
    {
      guint32 px = ((guint32 *) data)[i];
      /* GDK_MEMORY_DEFAULT: B G R A in memory on little-endian */
      guint8 b = data[i * 4], g = data[i * 4 + 1], r = data[i * 4 + 2];

      g_hash_table_add (colours, GUINT_TO_POINTER (px));
      if (abs (r - (int) (blue.red * 255)) < 12 && abs (g - (int) (blue.green * 255)) < 12
          && abs (b - (int) (blue.blue * 255)) < 12)
        series++;
    }
  if (out_series_pixels != NULL)
    *out_series_pixels = series;
  return g_hash_table_size (colours);
}

/* The engine's figures for the window's current inputs, computed here. */
static PsComparison *
engine_comparison (const PsScenario *scenario)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  const PsParams *params;
  PsComparison *c = g_new0 (PsComparison, 1);
  PsDate date = ps_rates_default_date ();

  rates = ps_rates_new_for_year (PS_DATE_YEAR (date), &error);
  g_assert_no_error (error);
  params = ps_rates_resolve (rates, date, &error);
  g_assert_no_error (error);
  ps_comparison_compute (params, scenario, c);
  return c;
}

/* Typed at @position (-1: the end), as one change. */
static void
insert_text (PsWindow        *window,
             PsScenarioField  field,
             int              position,
             const char      *text)
{
  GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), field);
  int pos = position >= 0 ? position : (int) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (row)), -1);

  gtk_editable_insert_text (GTK_EDITABLE (row), text, -1, &pos);
  ps_ui_iterate (10);
}

static const char *
card_text (PsWindow *window,
           PsStatus  status)
{
  return ps_status_card_get_amount_text (ps_results_view_get_card (ps_window_get_results_view (window), status));
}

static GtkWidget *
page_child (PsWindow   *window,
            const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_inputs_page (window)),
                                                    PS_TYPE_INPUTS_PAGE, name));
}

static void
set_switch (PsWindow   *window,
            const char *name,
            gboolean    active)
{
  gtk_switch_set_active (GTK_SWITCH (page_child (window, name)), active);
  ps_ui_iterate (10);
}

static gboolean
get_switch (PsWindow   *window,
            const char *name)
{
  return gtk_switch_get_active (GTK_SWITCH (page_child (window, name)));
}

static void
expand (PsWindow   *window,
        const char *name)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (page_child (window, name)), TRUE);
}

/* A field shows @value as the locale writes it ("36000", "36 000"). */
static void
assert_field_text (PsWindow        *window,
                   PsScenarioField  field,
                   double           value)
{
  GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), field);
  g_autofree char *expected = ps_format_number (value, 0);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, expected);
}

static void
assert_card (PsWindow           *window,
             PsStatus            status,
             const PsComparison *expected)
{
  g_autofree char *amount = ps_format_money (expected->statuses[status].net_after_tax_monthly);

  g_assert_cmpstr (card_text (window, status), ==, amount);
}

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

/* A click where a user clicks: through the X server (xdotool), at the
 * centre of @widget. FALSE (the test skipped) where that cannot be done. */
static gboolean
click_widget (PsWindow  *window,
              GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_point_t point;
  double sx, sy;
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return FALSE;
    }
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  command = g_strdup_printf ("%s mousemove --sync --window %lu %d %d click 1", xdotool,
                             (unsigned long) gdk_x11_surface_get_xid (surface),
                             (int) (point.x + sx), (int) (point.y + sy));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
#else
  g_test_skip ("needs xdotool and an X11 display");
  return FALSE;
#endif
}

/* ------------------------------------------------------------ tests */

static void
test_opens (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  g_autofree PsComparison *expected = NULL;
  g_autofree char *shot = NULL;
  PsScenario scenario;
  int n_best = 0;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_nonnull (ps_window_get_comparison (window));

  /* a card per status of the engine, showing the engine's figure */
  ps_scenario_init (&scenario, ps_window_get_params (window));
  expected = engine_comparison (&scenario);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsStatusCard *card = ps_results_view_get_card (results, i);
      g_autofree char *amount = ps_format_money (expected->statuses[i].net_after_tax_monthly);

      g_assert_nonnull (card);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (card)));
      g_assert_cmpstr (ps_status_card_get_amount_text (card), ==, amount);
      n_best += ps_status_card_get_best (card);
      g_assert_cmpint (ps_status_card_get_best (card), ==, (int) expected->best == i);
    }
  g_assert_cmpint (n_best, ==, 1);

  /* the breakdown of the selected status: its lines and a total */
  g_assert_cmpuint (g_list_model_get_n_items (ps_results_view_get_lines (results)), ==,
                    expected->statuses[ps_results_view_get_selected_status (results)].n_lines + 1);

  /* the results can be exported */
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                                    "export_button"))));

  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-1280x800", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

static void
test_typing_tjm (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree PsComparison *expected = NULL;
  PsScenario scenario;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "700");
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.tjm = 700;
  expected = engine_comparison (&scenario);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *amount = ps_format_money (expected->statuses[i].net_after_tax_monthly);
      g_assert_cmpstr (card_text (window, i), ==, amount);
    }

  /* a French decimal comma and thousands spaces are numbers too */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "1 050,50");
  scenario.tjm = 1050.5;
  g_free (expected);
  expected = engine_comparison (&scenario);
  {
    g_autofree char *amount = ps_format_money (expected->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly);
    g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, amount);
  }
  ps_ui_close_window (window);
}

static void
test_invalid_tjm (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkWidget *row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_TJM);
  g_autofree char *before = NULL;
  g_autofree char *before_cdi = NULL;
  g_autofree char *shot = NULL;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  before = g_strdup (card_text (window, PS_STATUS_PORTAGE));
  before_cdi = g_strdup (card_text (window, PS_STATUS_CDI));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "six cents");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_nonnull (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM));
  g_assert_nonnull (strstr (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM), "six cents"));
  /* the results keep the last valid state, dimmed */
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, before);
  g_assert_cmpstr (card_text (window, PS_STATUS_CDI), ==, before_cdi);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-invalid-tjm", PS_UI_SHOT_DEFAULT);

  /* out of range, then empty */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "0");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, before);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* fixed: the mark goes, the results follow */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "640");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (ps_window_get_results_view (window)), "dim-label"));
  g_assert_true (ps_inputs_page_is_valid (page));
  g_assert_null (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_TJM));
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, before);
  ps_ui_close_window (window);
}

static void
test_chart_draws (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsChartView *chart = ps_results_view_get_chart (ps_window_get_results_view (window));
  g_autofree char *shot = NULL;
  g_autofree char *window_shot = NULL;
  guint colours, blue_pixels;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 200);
  colours = count_colours (GTK_WIDGET (chart), &blue_pixels);
  g_test_message ("chart: %u colours, %u pixels of the first curve", colours, blue_pixels);
  g_assert_cmpuint (colours, >, 20);
  /* the first curve is drawn: a 2.5 px line across most of the width */
  g_assert_cmpuint (blue_pixels, >, 300);
  shot = ps_ui_screenshot (GTK_WIDGET (chart), "chart", PS_UI_SHOT_DEFAULT);

  /* micro's curve stops at its ceiling, marked with its day rate: 83 600 €
   * over 200 days, 418 € (in the sweep around 550 €) */
  {
    const char *label = NULL;
    g_autofree char *tjm = ps_chart_format_euros (418);

    g_assert_cmpfloat_with_epsilon (ps_chart_view_get_limit (chart, &label), 83600.0 / 200, 1e-9);
    g_assert_nonnull (label);
    g_assert_nonnull (strstr (label, tjm));
  }
  ps_ui_scroll_to (GTK_WIDGET (chart));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (ps_ui_screenshot (GTK_WIDGET (window), "window-chart-ceiling", PS_UI_SHOT_DEFAULT));

  /* a fixed CDI offer makes the curves cross: a break-even point */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_CDI_GROSS_YEARLY, "60 000");
  {
    const PsChartCrossing *crossings;
    int n = ps_chart_view_get_crossings (chart, &crossings);

    g_assert_cmpint (n, >=, 1);
    g_assert_cmpfloat (crossings[0].x, >, 0);
  }
  /* the offer row's title has finished moving up */
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (chart));
  window_shot = ps_ui_screenshot (GTK_WIDGET (window), "window-break-even", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

static void
test_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    PS_TYPE_WINDOW, "leaflet"));
  g_autofree char *inputs = NULL;
  g_autofree char *other = NULL;
  g_autofree char *results = NULL;
  g_autofree char *split = NULL;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  inputs = ps_ui_screenshot (GTK_WIDGET (window), "window-360-inputs", PS_UI_SHOT_DEFAULT);

  /* the other statuses' options fit: a SASU salary typed, a switch on */
  expand (window, "micro_expander");
  expand (window, "company_expander");
  set_switch (window, "vl_switch", TRUE);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "40 000");
  ps_ui_iterate (300);
  ps_ui_scroll_to (page_child (window, "micro_expander"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  other = ps_ui_screenshot (GTK_WIDGET (window), "window-360-other-statuses", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  results = ps_ui_screenshot (GTK_WIDGET (window), "window-360-results", PS_UI_SHOT_DEFAULT);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ps_window_get_results_view (window))));
  /* the chart, with micro's ceiling marked */
  ps_ui_scroll_to (GTK_WIDGET (ps_results_view_get_chart (ps_window_get_results_view (window))));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_free (ps_ui_screenshot (GTK_WIDGET (window), "window-360-chart", PS_UI_SHOT_DEFAULT));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);

  /* the SASU's breakdown and its split */
  ps_results_view_set_selected_status (ps_window_get_results_view (window), PS_STATUS_SASU);
  ps_ui_iterate (100);
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_results_view (window)),
                                                              PS_TYPE_RESULTS_VIEW, "details_title")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  split = ps_ui_screenshot (GTK_WIDGET (window), "window-360-sasu-breakdown", PS_UI_SHOT_DEFAULT);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

/* Everything at once, for a look at the whole page. */
static void
test_full_page (void)
{
  PsWindow *window = ps_ui_open_window (1280, 2400);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  g_autofree char *shot = NULL;

  /* the employer profile, open */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_HEADCOUNT),
                                                                             ADW_TYPE_EXPANDER_ROW)), TRUE);
  expand (window, "micro_expander");
  expand (window, "company_expander");
  ps_ui_iterate (300);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-full", PS_UI_SHOT_DEFAULT);
  ps_ui_close_window (window);
}

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
  saved = g_strdup (card_text (window, PS_STATUS_PORTAGE));
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), !=, saved);
  g_assert_true (ps_window_open_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "725");
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, saved);
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

/* The versement libératoire and the ACRE: the micro card shows the
 * engine's figure for the scenario with them. */
static void
test_micro_options (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree PsComparison *without = NULL;
  g_autofree PsComparison *with_vl = NULL;
  g_autofree PsComparison *with_both = NULL;
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (page_child (window, "micro_expander"));
  PsScenario scenario;

  /* under the micro ceiling */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.tjm = 400;
  without = engine_comparison (&scenario);
  g_assert_true (without->statuses[PS_STATUS_MICRO].eligible);
  assert_card (window, PS_STATUS_MICRO, without);
  g_assert_false (get_switch (window, "vl_switch"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("Neither versement libératoire nor ACRE"));

  set_switch (window, "vl_switch", TRUE);
  scenario.micro_vl = TRUE;
  with_vl = engine_comparison (&scenario);
  g_assert_cmpfloat (fabs (with_vl->statuses[PS_STATUS_MICRO].net_after_tax_monthly
                           - without->statuses[PS_STATUS_MICRO].net_after_tax_monthly), >, 1);
  g_assert_true (ps_window_get_comparison (window)->scenario.micro_vl);
  assert_card (window, PS_STATUS_MICRO, with_vl);
  /* the other statuses do not move */
  assert_card (window, PS_STATUS_PORTAGE, with_vl);
  assert_card (window, PS_STATUS_SASU, with_vl);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("With the versement libératoire"));

  set_switch (window, "acre_switch", TRUE);
  scenario.micro_acre = TRUE;
  with_both = engine_comparison (&scenario);
  assert_card (window, PS_STATUS_MICRO, with_both);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("With the versement libératoire and the ACRE"));

  set_switch (window, "vl_switch", FALSE);
  set_switch (window, "acre_switch", FALSE);
  assert_card (window, PS_STATUS_MICRO, without);
  ps_ui_close_window (window);
}

/* A SASU salary typed: the SASU card is the engine's figure for it, and
 * the breakdown shows the split and says it is the one typed. */
static void
test_sasu_salary (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  g_autofree PsComparison *best = NULL;
  g_autofree PsComparison *typed = NULL;
  g_autofree char *pay = NULL;
  g_autofree char *pay_text = NULL;
  g_autofree char *shot = NULL;
  const char *note, *shown_pay, *shown_dividends;
  PsScenario scenario;

  ps_scenario_init (&scenario, ps_window_get_params (window));
  best = engine_comparison (&scenario);
  ps_results_view_set_selected_status (results, PS_STATUS_SASU);
  g_assert_true (ps_results_view_get_split (results, &note, &shown_pay, &shown_dividends));
  g_assert_cmpstr (note, ==, _("Best split: the one that leaves you the most net"));
  pay = ps_format_money (best->sasu.pay);
  pay_text = g_strdup_printf (_("%s a year"), pay);
  g_assert_cmpstr (shown_pay, ==, pay_text);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "40 000");
  scenario.sasu_salary_yearly = 40000;
  typed = engine_comparison (&scenario);
  g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.sasu_salary_yearly, ==, 40000);
  g_assert_cmpfloat (fabs (typed->statuses[PS_STATUS_SASU].net_after_tax_monthly
                           - best->statuses[PS_STATUS_SASU].net_after_tax_monthly), >, 1);
  assert_card (window, PS_STATUS_SASU, typed);
  /* the EURL keeps its best split */
  assert_card (window, PS_STATUS_EURL, best);

  g_assert_true (ps_results_view_get_split (results, &note, &shown_pay, &shown_dividends));
  g_assert_cmpstr (note, ==, _("Your salary, set in the inputs"));
  g_free (pay);
  g_free (pay_text);
  pay = ps_format_money (typed->sasu.pay);
  pay_text = g_strdup_printf (_("%s a year"), pay);
  g_assert_cmpstr (shown_pay, ==, pay_text);
  g_assert_cmpfloat_with_epsilon (typed->sasu.pay, 40000, 1);
  {
    g_autofree char *dividends = ps_format_money (typed->sasu.dividends);
    g_autofree char *dividends_text = g_strdup_printf (_("%s a year"), dividends);

    g_assert_cmpstr (shown_dividends, ==, dividends_text);
  }
  /* the inputs and the breakdown, side by side */
  expand (window, "company_expander");
  ps_ui_iterate (300);
  ps_ui_scroll_to (page_child (window, "micro_expander"));
  ps_ui_scroll_to (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (results), PS_TYPE_RESULTS_VIEW, "details_title")));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-sasu-salary", PS_UI_SHOT_DEFAULT);

  /* empty again: the best split */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "");
  assert_card (window, PS_STATUS_SASU, best);
  g_assert_true (ps_results_view_get_split (results, &note, NULL, NULL));
  g_assert_cmpstr (note, ==, _("Best split: the one that leaves you the most net"));

  /* a status without a split shows none */
  ps_results_view_set_selected_status (results, PS_STATUS_MICRO);
  g_assert_false (ps_results_view_get_split (results, NULL, NULL, NULL));
  ps_ui_close_window (window);
}

/* A bad SASU salary is marked, named, and the results keep the last
 * valid state. */
static void
test_invalid_sasu_salary (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkWidget *row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY);
  GtkLabel *message = GTK_LABEL (page_child (window, "other_error"));
  g_autofree PsComparison *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_eurl = NULL;
  g_autofree char *shot = NULL;
  const char *error;
  PsScenario scenario;

  expand (window, "company_expander");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "30000");
  before = g_strdup (card_text (window, PS_STATUS_SASU));
  before_eurl = g_strdup (card_text (window, PS_STATUS_EURL));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));

  /* typed on (setting the text would go through an empty field, which
   * is valid here: the best split) */
  insert_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, -1, " k€");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_false (ps_inputs_page_is_valid (page));
  /* the message names the field and what was typed */
  error = ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error, ps_scenario_field_label (PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, PS_DAYS_PER_YEAR)));
  g_assert_nonnull (strstr (error, "30000 k€"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_label (message), ==, error);
  g_assert_cmpstr (card_text (window, PS_STATUS_SASU), ==, before);
  g_assert_cmpstr (card_text (window, PS_STATUS_EURL), ==, before_eurl);
  g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.sasu_salary_yearly, ==, 30000);
  /* the other options still recompute nothing while it is wrong */
  set_switch (window, "dividends_bareme_switch", TRUE);
  g_assert_cmpstr (card_text (window, PS_STATUS_SASU), ==, before);
  set_switch (window, "dividends_bareme_switch", FALSE);

  /* where the user types, with the message under it */
  gtk_widget_grab_focus (row);
  ps_ui_scroll_to (page_child (window, "micro_expander"));
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-invalid-sasu-salary", PS_UI_SHOT_DEFAULT);

  /* negative: out of range */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "30000");
  insert_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 0, "-");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY));
  g_assert_null (strstr (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY), "k€"));
  g_assert_cmpstr (card_text (window, PS_STATUS_SASU), ==, before);

  /* fixed: the mark goes, the results follow */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "45 000");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (ps_inputs_page_is_valid (page));
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.sasu_salary_yearly = 45000;
  expected = engine_comparison (&scenario);
  assert_card (window, PS_STATUS_SASU, expected);
  ps_ui_close_window (window);
}

/* The EURL at the income tax has no split: the remuneration row is
 * switched off, and a mistake in it does not block the results. */
static void
test_eurl_options (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  PsResultsView *results = ps_window_get_results_view (window);
  GtkWidget *row = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY);
  g_autofree PsComparison *expected = NULL;
  PsScenario scenario;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY, "lots");
  g_assert_false (ps_inputs_page_is_valid (page));
  set_switch (window, "eurl_ir_switch", TRUE);
  g_assert_false (gtk_widget_get_sensitive (row));
  g_assert_true (ps_inputs_page_is_valid (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.eurl_ir = TRUE;
  expected = engine_comparison (&scenario);
  assert_card (window, PS_STATUS_EURL, expected);
  ps_results_view_set_selected_status (results, PS_STATUS_EURL);
  g_assert_false (ps_results_view_get_split (results, NULL, NULL, NULL));

  set_switch (window, "eurl_ir_switch", FALSE);
  g_assert_true (gtk_widget_get_sensitive (row));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY, "30 000");
  g_assert_true (ps_results_view_get_split (results, NULL, NULL, NULL));
  ps_ui_close_window (window);
}

/* The other statuses' options survive a save and a load. */
static void
test_other_options_file (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree char *dir = g_dir_make_tmp ("ps-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "options.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sasu = NULL;
  g_autofree char *micro = NULL;
  const char *switches[] = { "vl_switch", "acre_switch", "eurl_ir_switch", "dividends_bareme_switch" };
  const PsScenario *s;

  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    set_switch (window, switches[i], TRUE);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "36 000");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "2 400");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "5000");
  sasu = g_strdup (card_text (window, PS_STATUS_SASU));
  micro = g_strdup (card_text (window, PS_STATUS_MICRO));
  g_assert_true (ps_window_save_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"micro_vl\":\ttrue"));
  g_assert_nonnull (strstr (text, "\"sasu_salary_yearly\":\t36000"));
  g_assert_nonnull (strstr (text, "\"eurl_remuneration_yearly\":\tnull"));

  /* a new scenario: the defaults */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  ps_ui_iterate (10);
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    g_assert_false (get_switch (window, switches[i]));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                                              PS_SCENARIO_FIELD_SASU_SALARY_YEARLY))), ==, "");
  g_assert_cmpstr (card_text (window, PS_STATUS_SASU), !=, sasu);

  /* and back */
  g_assert_true (ps_window_open_file (window, file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    g_assert_true (get_switch (window, switches[i]));
  assert_field_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 36000);
  assert_field_text (window, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, 2400);
  assert_field_text (window, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, 5000);
  s = &ps_window_get_comparison (window)->scenario;
  g_assert_true (s->micro_vl && s->micro_acre && s->eurl_ir && s->dividends_bareme);
  g_assert_cmpfloat (s->sasu_salary_yearly, ==, 36000);
  g_assert_cmpfloat (s->eurl_remuneration_yearly, <, 0);
  g_assert_cmpfloat (s->company_running_costs, ==, 2400);
  g_assert_cmpfloat (s->mileage_km_yearly, ==, 5000);
  g_assert_cmpstr (card_text (window, PS_STATUS_SASU), ==, sasu);
  g_assert_cmpstr (card_text (window, PS_STATUS_MICRO), ==, micro);

  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

static void
test_tips (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  g_autoptr (GListStore) tips = g_list_store_new (PS_TYPE_TIP_ITEM);
  g_autoptr (PsTipItem) tip = ps_tip_item_new ("A tip", "Its explanation", 12.5);
  g_autoptr (GPtrArray) engine_tips = NULL;
  PsScenario scenario;

  /* the engine's tips for the default scenario are shown, best first */
  g_assert_true (ps_results_view_get_tips_visible (results));
  ps_scenario_init (&scenario, ps_window_get_params (window));
  engine_tips = ps_tips_compute (ps_window_get_params (window), &scenario);
  g_assert_cmpuint (engine_tips->len, >, 0);

  /* an empty list hides the section */
  ps_results_view_set_tips (results, NULL);
  g_assert_false (ps_results_view_get_tips_visible (results));
  g_list_store_append (tips, tip);
  ps_results_view_set_tips (results, G_LIST_MODEL (tips));
  g_assert_true (ps_results_view_get_tips_visible (results));
  ps_results_view_set_tips (results, NULL);
  g_assert_false (ps_results_view_get_tips_visible (results));
  ps_ui_close_window (window);
}

/* The tips shown are the selected card's status's, and follow the
 * selection and the keystrokes; portage's combined plan comes first. */
static void
test_tips_follow_status (void)
{
  struct { int width, height; const char *name; } sizes[] = {
    { 1280, 800, "window-micro-tips" }, { 360, 720, "window-360-micro-tips" },
  };

  for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
    {
      PsWindow *window = ps_ui_open_window (sizes[z].width, sizes[z].height);
      PsResultsView *results = ps_window_get_results_view (window);
      GtkWidget *tips_group = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (results), PS_TYPE_RESULTS_VIEW,
                                                                         "tips_group"));
      g_autoptr (GPtrArray) engine = NULL;
      g_autofree char *shot = NULL;
      PsTipsPlan plan;
      PsScenario scenario;
      GListModel *shown;
      guint n_micro = 0, k = 0;

      /* a couple at 400 €/day: micro within its ceiling, the versement
       * libératoire a tip of micro's (its income condition met) */
      ps_ui_type_field (window, PS_SCENARIO_FIELD_PARTS, "2");
      ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
      ps_ui_iterate (200);
      ps_scenario_init (&scenario, ps_window_get_params (window));
      scenario.tjm = 400;
      scenario.tax.parts = 2;
      engine = ps_tips_compute_with_plan (ps_window_get_params (window), &scenario, &plan);
      for (guint i = 0; i < engine->len; i++)
        n_micro += ((PsTip *) g_ptr_array_index (engine, i))->status == PS_STATUS_MICRO;
      g_assert_cmpuint (n_micro, >, 0);

      ps_results_view_set_selected_status (results, PS_STATUS_MICRO);
      ps_ui_iterate (50);
      shown = ps_results_view_get_tips (results);
      g_assert_nonnull (shown);
      g_assert_true (ps_results_view_get_tips_visible (results));
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_micro);
      for (guint i = 0; i < engine->len; i++)
        {
          PsTip *tip = g_ptr_array_index (engine, i);
          g_autoptr (PsTipItem) item = NULL;

          if (tip->status != PS_STATUS_MICRO)
            continue;
          item = g_list_model_get_item (shown, k++);
          g_assert_cmpint (ps_tip_item_get_status (item), ==, PS_STATUS_MICRO);
          g_assert_false (ps_tip_item_get_plan (item));
          g_assert_cmpstr (ps_tip_item_get_title (item), ==, tip->title);
          g_assert_cmpfloat (ps_tip_item_get_gain_monthly (item), ==, tip->gain_monthly);
        }
      if (sizes[z].width < 600)
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
          ps_ui_iterate (400);
        }
      ps_ui_scroll_to (tips_group);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      shot = ps_ui_screenshot (GTK_WIDGET (window), sizes[z].name, PS_UI_SHOT_DEFAULT);
      if (sizes[z].width < 600)
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, sizes[z].width);

      /* a keystroke keeps micro's tips, recomputed */
      insert_text (window, PS_SCENARIO_FIELD_TJM, -1, "5");
      ps_ui_iterate (200);
      g_assert_cmpint (ps_results_view_get_selected_status (results), ==, PS_STATUS_MICRO);
      shown = ps_results_view_get_tips (results);
      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr (PsTipItem) item = g_list_model_get_item (shown, i);

          g_assert_cmpint (ps_tip_item_get_status (item), ==, PS_STATUS_MICRO);
        }

      /* portage: its combined plan first, then its own tips */
      ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
      ps_results_view_set_selected_status (results, PS_STATUS_PORTAGE);
      ps_ui_iterate (50);
      shown = ps_results_view_get_tips (results);
      g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
        {
          g_autoptr (PsTipItem) item = g_list_model_get_item (shown, i);

          g_assert_cmpint (ps_tip_item_get_status (item), ==, PS_STATUS_PORTAGE);
          g_assert_true (ps_tip_item_get_plan (item) == (i == 0 && plan.n_tips >= 2));
          if (ps_tip_item_get_plan (item))
            g_assert_cmpfloat (ps_tip_item_get_gain_monthly (item), ==, plan.gain_monthly);
        }

      /* a status without tips: the section goes */
      ps_results_view_set_selected_status (results, PS_STATUS_CDI);
      ps_ui_iterate (50);
      g_assert_false (ps_results_view_get_tips_visible (results));
      ps_ui_close_window (window);
    }
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

static void
test_select_status (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  const PsComparison *c = ps_window_get_comparison (window);

  for (int i = PS_N_STATUSES - 1; i >= 0; i--)
    {
      PsStatusSummary sum;

      ps_status_summary (c, i, &sum);
      ps_results_view_set_selected_status (results, i);
      g_assert_cmpint (ps_results_view_get_selected_status (results), ==, i);
      /* the lines, the total of contributions, and the taxes apart */
      g_assert_cmpuint (g_list_model_get_n_items (ps_results_view_get_lines (results)), ==,
                        c->statuses[i].n_lines + 1 + (sum.taxes_total != 0));
    }
  ps_ui_close_window (window);
}

static GSettings *
settings (void)
{
  return g_settings_new (APP_ID);
}

/* What the last session typed comes back, and so does the window size. */
static void
test_restore (void)
{
  g_autoptr (GSettings) s = settings ();
  PsWindow *window = ps_ui_open_window (1000, 700);
  GtkWidget *tjm;
  g_autofree char *last = NULL;
  int width, height;

  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "777");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_DAYS, "150");
  set_switch (window, "vl_switch", TRUE);
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
  g_assert_true (get_switch (window, "vl_switch"));
  assert_field_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 30000);
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
  g_autoptr (GSettings) s = settings ();
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

/* The rates follow the date; a date without rates is refused. */
static void
test_rates_date (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkCalendar *calendar = GTK_CALENDAR (gtk_widget_get_template_child (GTK_WIDGET (page), PS_TYPE_INPUTS_PAGE,
                                                                       "calendar"));
  g_autoptr (GDateTime) march_2025 = g_date_time_new_local (2025, 3, 15, 12, 0, 0);
  g_autoptr (GDateTime) may_2024 = g_date_time_new_local (2024, 5, 2, 12, 0, 0);
  g_autofree char *before = NULL;

  gtk_calendar_select_day (calendar, march_2025);
  ps_ui_iterate (10);
  g_assert_cmpint (ps_window_get_params (window)->year, ==, 2025);
  g_assert_cmpuint (ps_window_get_params (window)->date, ==, PS_DATE (2025, 3, 15));
  before = g_strdup (card_text (window, PS_STATUS_PORTAGE));

  gtk_calendar_select_day (calendar, may_2024);
  ps_ui_iterate (10);
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_cmpuint (ps_window_get_params (window)->date, ==, PS_DATE (2025, 3, 15));
  g_assert_cmpstr (card_text (window, PS_STATUS_PORTAGE), ==, before);
  ps_ui_close_window (window);
}

/* Another fee model or tax method shows its own fields, and a field in
 * error that gets hidden does not block the results. */
static void
test_choices (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  AdwComboRow *fee_model = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (page), PS_TYPE_INPUTS_PAGE,
                                                                         "fee_model_row"));
  GtkWidget *pct = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_FEE_PCT);
  GtkWidget *flat = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY);

  g_assert_true (gtk_widget_get_visible (pct));
  g_assert_false (gtk_widget_get_visible (flat));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_FEE_PCT, "200");
  g_assert_false (ps_inputs_page_is_valid (page));

  adw_combo_row_set_selected (fee_model, PS_FEE_FLAT);
  ps_ui_iterate (10);
  g_assert_false (gtk_widget_get_visible (pct));
  g_assert_true (gtk_widget_get_visible (flat));
  g_assert_true (ps_inputs_page_is_valid (page));
  ps_ui_type_field (window, PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY, "300");
  g_assert_cmpint (ps_window_get_comparison (window)->scenario.fee_model, ==, PS_FEE_FLAT);
  g_assert_cmpfloat (ps_window_get_comparison (window)->portage.fees, ==, 300);

  /* days per month: the same days shown in the other unit */
  {
    GtkToggleButton *month = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page), PS_TYPE_INPUTS_PAGE,
                                                                               "days_per_month_button"));
    GtkWidget *days = ps_inputs_page_get_row (page, PS_SCENARIO_FIELD_DAYS);

    ps_ui_type_field (window, PS_SCENARIO_FIELD_DAYS, "216");
    gtk_toggle_button_set_active (month, TRUE);
    ps_ui_iterate (10);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (days)), ==, "18");
    ps_ui_type_field (window, PS_SCENARIO_FIELD_DAYS, "19");
    g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.days_per_year, ==, 228);
  }
  ps_ui_close_window (window);
}

/* The preferences write the defaults, once they are valid. */
static void
test_preferences (void)
{
  g_autoptr (GSettings) s = settings ();
  PsPreferencesWindow *prefs = ps_preferences_window_new (NULL, s);
  GtkWidget *tjm = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (prefs), PS_TYPE_PREFERENCES_WINDOW, "tjm_row"));
  GtkWidget *parts = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (prefs), PS_TYPE_PREFERENCES_WINDOW, "parts_row"));
  AdwComboRow *fee_model = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (prefs), PS_TYPE_PREFERENCES_WINDOW,
                                                                         "fee_model_row"));

  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prefs));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tjm)), ==, "550");

  gtk_editable_set_text (GTK_EDITABLE (tjm), "650,5");
  g_assert_cmpfloat (g_settings_get_double (s, "default-tjm"), ==, 650.5);
  gtk_editable_set_text (GTK_EDITABLE (tjm), "lots");
  g_assert_true (gtk_widget_has_css_class (tjm, "error"));
  g_assert_cmpfloat (g_settings_get_double (s, "default-tjm"), ==, 650.5);
  gtk_editable_set_text (GTK_EDITABLE (parts), "2,5");
  g_assert_cmpfloat (g_settings_get_double (s, "default-parts"), ==, 2.5);
  gtk_editable_set_text (GTK_EDITABLE (parts), "2,2");
  g_assert_true (gtk_widget_has_css_class (parts, "error"));

  adw_combo_row_set_selected (fee_model, PS_FEE_FLAT);
  {
    g_autofree char *model = g_settings_get_string (s, "default-fee-model");
    g_assert_cmpstr (model, ==, "flat");
  }

  g_object_ref (prefs);
  gtk_window_destroy (GTK_WINDOW (prefs));
  ps_ui_iterate (20);
  g_assert_finalize_object (prefs);
  g_settings_reset (s, "default-tjm");
  g_settings_reset (s, "default-parts");
  g_settings_reset (s, "default-fee-model");
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
  set_switch (window, "acre_switch", TRUE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, modified_title);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  ps_ui_iterate (20);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, saved_title);

  /* opened: the same */
  set_switch (window, "acre_switch", FALSE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, modified_title);
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "discard");
  g_assert_true (get_switch (window, "acre_switch"));
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
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 612);

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
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 612);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  respond (wait_for_dialog (window), "discard");
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 550);

  /* nothing unsaved: no question */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  ps_ui_iterate (20);
  g_assert_null (find_dialog (window));

  /* Ctrl+O asks before the file chooser (cancelled here) */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "613");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  respond (wait_for_dialog (window), "cancel");
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 613);
  /* a file opened from the file manager */
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "cancel");
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 613);
  ps_window_open (window, file);
  respond (wait_for_dialog (window), "discard");
  assert_field_text (window, PS_SCENARIO_FIELD_TJM, 480);
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
  g_autoptr (GSettings) s = settings ();
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

/* Waits for the click to select @status, for a while. */
static void
assert_selected (PsResultsView *results,
                 PsStatus       status)
{
  for (int i = 0; i < 500 && ps_results_view_get_selected_status (results) != status; i++)
    ps_ui_iterate (10);
  g_assert_cmpint (ps_results_view_get_selected_status (results), ==, status);
}

/* A click anywhere on a status card selects it, its big amount (a
 * selectable label) included. */
static void
test_click_card (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  PsStatusCard *cdi = ps_results_view_get_card (results, PS_STATUS_CDI);
  PsStatusCard *sasu = ps_results_view_get_card (results, PS_STATUS_SASU);
  GtkWidget *amount = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (cdi), PS_TYPE_STATUS_CARD,
                                                                 "amount_label"));
  GtkWidget *name = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (sasu), PS_TYPE_STATUS_CARD,
                                                               "name_label"));

  g_assert_cmpint (ps_results_view_get_selected_status (results), ==, PS_STATUS_PORTAGE);
  if (!click_widget (window, amount))
    {
      ps_ui_close_window (window);
      return;
    }
  assert_selected (results, PS_STATUS_CDI);
  click_widget (window, name);
  assert_selected (results, PS_STATUS_SASU);
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

static void
test_speed (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsChartView *chart = ps_results_view_get_chart (ps_window_get_results_view (window));
  const int n = 40;
  gint64 compute = 0, keystroke = 0, draw = 0;

  for (int i = 0; i < n; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", 450 + 7 * i);
      GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);
      gint64 t0 = g_get_monotonic_time (), t1;

      /* a keystroke: parse, every status, the sweep, the widgets */
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      t1 = g_get_monotonic_time ();
      keystroke += t1 - t0;
      compute += ps_window_get_compute_time (window);
      /* and the chart's drawing, rasterized */
      {
        GtkSnapshot *snapshot = gtk_snapshot_new ();
        g_autoptr (GskRenderNode) node = NULL;
        g_autoptr (GdkTexture) texture = NULL;
        GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (chart)));

        GTK_WIDGET_GET_CLASS (chart)->snapshot (GTK_WIDGET (chart), snapshot);
        node = gtk_snapshot_free_to_node (snapshot);
        g_assert_nonnull (node);
        texture = gsk_renderer_render_texture (renderer, node,
                                               &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (chart)),
                                                                    gtk_widget_get_height (GTK_WIDGET (chart))));
      }
      draw += g_get_monotonic_time () - t1;
    }
  g_test_message ("recompute (all statuses + sweep): %.2f ms; keystroke with widgets: %.2f ms; "
                  "chart render: %.2f ms (mean of %d)",
                  compute / 1000.0 / n, keystroke / 1000.0 / n, draw / 1000.0 / n, n);
  g_print ("# speed: compute %.2f ms, keystroke %.2f ms, chart %.2f ms\n",
           compute / 1000.0 / n, keystroke / 1000.0 / n, draw / 1000.0 / n);
  /* a regression guard, generous for slow machines and valgrind */
  g_assert_cmpfloat (keystroke / 1000.0 / n, <, 250);
  ps_ui_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/window/opens", test_opens);
  g_test_add_func ("/ps/window/typing-tjm", test_typing_tjm);
  g_test_add_func ("/ps/window/invalid-tjm", test_invalid_tjm);
  g_test_add_func ("/ps/window/chart-draws", test_chart_draws);
  g_test_add_func ("/ps/window/narrow", test_narrow);
  g_test_add_func ("/ps/window/full-page", test_full_page);
  g_test_add_func ("/ps/window/scenario-file", test_scenario_file);
  g_test_add_func ("/ps/window/micro-options", test_micro_options);
  g_test_add_func ("/ps/window/sasu-salary", test_sasu_salary);
  g_test_add_func ("/ps/window/invalid-sasu-salary", test_invalid_sasu_salary);
  g_test_add_func ("/ps/window/eurl-options", test_eurl_options);
  g_test_add_func ("/ps/window/other-options-file", test_other_options_file);
  g_test_add_func ("/ps/window/tips", test_tips);
  g_test_add_func ("/ps/window/tips-follow-status", test_tips_follow_status);
  g_test_add_func ("/ps/window/export", test_export);
  g_test_add_func ("/ps/window/select-status", test_select_status);
  g_test_add_func ("/ps/window/restore", test_restore);
  g_test_add_func ("/ps/window/new-scenario", test_new_scenario);
  g_test_add_func ("/ps/window/rates-date", test_rates_date);
  g_test_add_func ("/ps/window/choices", test_choices);
  g_test_add_func ("/ps/window/preferences", test_preferences);
  g_test_add_func ("/ps/window/save-invalid", test_save_invalid);
  g_test_add_func ("/ps/window/modified-title", test_modified_title);
  g_test_add_func ("/ps/window/modified-title-narrow", test_modified_title_narrow);
  g_test_add_func ("/ps/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/ps/window/new-open-quit-unsaved", test_new_open_quit_unsaved);
  g_test_add_func ("/ps/window/store-debounced", test_store_debounced);
  g_test_add_func ("/ps/window/replace-not-scenario", test_replace_not_scenario);
  g_test_add_func ("/ps/window/click-card", test_click_card);
  g_test_add_func ("/ps/window/export-name", test_export_name);
  g_test_add_func ("/ps/window/speed", test_speed);
  return g_test_run ();
}
