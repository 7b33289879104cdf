/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's options, status by status (micro, SASU, EURL and the
 * others), the tips, the rates' date, the remembered choices and the
 * preferences. Run under a display (xvfb-run, see build-aux/test.sh).
 * Screenshots go to <build>/tests/screenshots/. */
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

static void
assert_card (PsWindow           *window,
             PsStatus            status,
             const PsComparison *expected)
{
  g_autofree char *amount = ps_format_money (expected->statuses[status].net_after_tax_monthly);

  g_assert_cmpstr (ps_ui_card_text (window, status), ==, amount);
}

/* ------------------------------------------------------------ tests */

/* The versement libératoire and the ACRE: the micro card shows the
 * engine's figure for the scenario with them. */
static void
test_micro_options (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  g_autofree PsComparison *without = NULL;
  g_autofree PsComparison *with_vl = NULL;
  g_autofree PsComparison *with_both = NULL;
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (ps_ui_page_child (window, "micro_expander"));
  PsScenario scenario;

  /* under the micro ceiling */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_TJM, "400");
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.tjm = 400;
  without = ps_ui_engine_comparison (&scenario);
  g_assert_true (without->statuses[PS_STATUS_MICRO].eligible);
  assert_card (window, PS_STATUS_MICRO, without);
  g_assert_false (ps_ui_get_switch (window, "vl_switch"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("Neither versement libératoire nor ACRE"));

  ps_ui_set_switch (window, "vl_switch", TRUE);
  scenario.micro_vl = TRUE;
  with_vl = ps_ui_engine_comparison (&scenario);
  g_assert_cmpfloat (fabs (with_vl->statuses[PS_STATUS_MICRO].net_after_tax_monthly
                           - without->statuses[PS_STATUS_MICRO].net_after_tax_monthly), >, 1);
  g_assert_true (ps_window_get_comparison (window)->scenario.micro_vl);
  assert_card (window, PS_STATUS_MICRO, with_vl);
  /* the other statuses do not move */
  assert_card (window, PS_STATUS_PORTAGE, with_vl);
  assert_card (window, PS_STATUS_SASU, with_vl);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("With the versement libératoire"));

  ps_ui_set_switch (window, "acre_switch", TRUE);
  scenario.micro_acre = TRUE;
  with_both = ps_ui_engine_comparison (&scenario);
  assert_card (window, PS_STATUS_MICRO, with_both);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, _("With the versement libératoire and the ACRE"));

  ps_ui_set_switch (window, "vl_switch", FALSE);
  ps_ui_set_switch (window, "acre_switch", FALSE);
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
  best = ps_ui_engine_comparison (&scenario);
  ps_results_view_set_selected_status (results, PS_STATUS_SASU);
  g_assert_true (ps_results_view_get_split (results, &note, &shown_pay, &shown_dividends));
  g_assert_cmpstr (note, ==, _("Best split: the one that leaves you the most net"));
  pay = ps_format_money (best->sasu.pay);
  pay_text = g_strdup_printf (_("%s a year"), pay);
  g_assert_cmpstr (shown_pay, ==, pay_text);

  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "40 000");
  scenario.sasu_salary_yearly = 40000;
  typed = ps_ui_engine_comparison (&scenario);
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
  ps_ui_expand (window, "company_expander");
  ps_ui_iterate (300);
  ps_ui_scroll_to (ps_ui_page_child (window, "micro_expander"));
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
  GtkLabel *message = GTK_LABEL (ps_ui_page_child (window, "other_error"));
  g_autofree PsComparison *expected = NULL;
  g_autofree char *before = NULL;
  g_autofree char *before_eurl = NULL;
  g_autofree char *shot = NULL;
  const char *error;
  PsScenario scenario;

  ps_ui_expand (window, "company_expander");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "30000");
  before = g_strdup (ps_ui_card_text (window, PS_STATUS_SASU));
  before_eurl = g_strdup (ps_ui_card_text (window, PS_STATUS_EURL));
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
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_SASU), ==, before);
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_EURL), ==, before_eurl);
  g_assert_cmpfloat (ps_window_get_comparison (window)->scenario.sasu_salary_yearly, ==, 30000);
  /* the other options still recompute nothing while it is wrong */
  ps_ui_set_switch (window, "dividends_bareme_switch", TRUE);
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_SASU), ==, before);
  ps_ui_set_switch (window, "dividends_bareme_switch", FALSE);

  /* where the user types, with the message under it */
  gtk_widget_grab_focus (row);
  ps_ui_scroll_to (ps_ui_page_child (window, "micro_expander"));
  ps_ui_iterate (400);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  shot = ps_ui_screenshot (GTK_WIDGET (window), "window-invalid-sasu-salary", PS_UI_SHOT_DEFAULT);

  /* negative: out of range */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "30000");
  insert_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 0, "-");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY));
  g_assert_null (strstr (ps_inputs_page_get_error (page, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY), "k€"));
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_SASU), ==, before);

  /* fixed: the mark goes, the results follow */
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "45 000");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (ps_inputs_page_is_valid (page));
  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.sasu_salary_yearly = 45000;
  expected = ps_ui_engine_comparison (&scenario);
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
  ps_ui_set_switch (window, "eurl_ir_switch", TRUE);
  g_assert_false (gtk_widget_get_sensitive (row));
  g_assert_true (ps_inputs_page_is_valid (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  ps_scenario_init (&scenario, ps_window_get_params (window));
  scenario.eurl_ir = TRUE;
  expected = ps_ui_engine_comparison (&scenario);
  assert_card (window, PS_STATUS_EURL, expected);
  ps_results_view_set_selected_status (results, PS_STATUS_EURL);
  g_assert_false (ps_results_view_get_split (results, NULL, NULL, NULL));

  ps_ui_set_switch (window, "eurl_ir_switch", FALSE);
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
    ps_ui_set_switch (window, switches[i], TRUE);
  ps_ui_type_field (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, "36 000");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, "2 400");
  ps_ui_type_field (window, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, "5000");
  sasu = g_strdup (ps_ui_card_text (window, PS_STATUS_SASU));
  micro = g_strdup (ps_ui_card_text (window, PS_STATUS_MICRO));
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
    g_assert_false (ps_ui_get_switch (window, switches[i]));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ps_inputs_page_get_row (ps_window_get_inputs_page (window),
                                                                              PS_SCENARIO_FIELD_SASU_SALARY_YEARLY))), ==, "");
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_SASU), !=, sasu);

  /* and back */
  g_assert_true (ps_window_open_file (window, file, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    g_assert_true (ps_ui_get_switch (window, switches[i]));
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_SASU_SALARY_YEARLY, 36000);
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY, 2400);
  ps_ui_assert_field_text (window, PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY, 5000);
  s = &ps_window_get_comparison (window)->scenario;
  g_assert_true (s->micro_vl && s->micro_acre && s->eurl_ir && s->dividends_bareme);
  g_assert_cmpfloat (s->sasu_salary_yearly, ==, 36000);
  g_assert_cmpfloat (s->eurl_remuneration_yearly, <, 0);
  g_assert_cmpfloat (s->company_running_costs, ==, 2400);
  g_assert_cmpfloat (s->mileage_km_yearly, ==, 5000);
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_SASU), ==, sasu);
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_MICRO), ==, micro);

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

/* The rates follow the date; a date without rates is refused. */
static void
test_rates_date (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsInputsPage *page = ps_window_get_inputs_page (window);
  GtkMenuButton *date_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (page), PS_TYPE_INPUTS_PAGE,
                                                                               "date_button"));
  GtkCalendar *calendar;
  g_autoptr (GDateTime) march_2025 = g_date_time_new_local (2025, 3, 15, 12, 0, 0);
  g_autoptr (GDateTime) may_2024 = g_date_time_new_local (2024, 5, 2, 12, 0, 0);
  g_autofree char *before = NULL;

  /* the calendar is made when its popover first opens, showing the date */
  ps_ui_scroll_to (GTK_WIDGET (date_button));
  gtk_menu_button_popup (date_button);
  ps_ui_iterate (10);
  calendar = ps_inputs_page_get_calendar (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (calendar)));
  {
    g_autoptr (GDateTime) shown = gtk_calendar_get_date (calendar);
    PsDate date = ps_window_get_params (window)->date;

    g_assert_cmpint (g_date_time_get_year (shown), ==, PS_DATE_YEAR (date));
    g_assert_cmpint (g_date_time_get_month (shown), ==, (date / 100) % 100);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, date % 100);
  }
  ps_ui_save_screenshot_full (gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER),
                              "date-popover", PS_UI_SHOT_WINDOW_BG);
  gtk_calendar_select_day (calendar, march_2025);
  ps_ui_iterate (10);
  g_assert_cmpint (ps_window_get_params (window)->year, ==, 2025);
  g_assert_cmpuint (ps_window_get_params (window)->date, ==, PS_DATE (2025, 3, 15));
  before = g_strdup (ps_ui_card_text (window, PS_STATUS_PORTAGE));

  gtk_calendar_select_day (calendar, may_2024);
  ps_ui_iterate (10);
  g_assert_false (ps_inputs_page_is_valid (page));
  g_assert_cmpuint (ps_window_get_params (window)->date, ==, PS_DATE (2025, 3, 15));
  g_assert_cmpstr (ps_ui_card_text (window, PS_STATUS_PORTAGE), ==, before);
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
  g_autoptr (GSettings) s = ps_ui_settings ();
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

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/window/micro-options", test_micro_options);
  g_test_add_func ("/ps/window/sasu-salary", test_sasu_salary);
  g_test_add_func ("/ps/window/invalid-sasu-salary", test_invalid_sasu_salary);
  g_test_add_func ("/ps/window/eurl-options", test_eurl_options);
  g_test_add_func ("/ps/window/other-options-file", test_other_options_file);
  g_test_add_func ("/ps/window/tips", test_tips);
  g_test_add_func ("/ps/window/tips-follow-status", test_tips_follow_status);
  g_test_add_func ("/ps/window/rates-date", test_rates_date);
  g_test_add_func ("/ps/window/choices", test_choices);
  g_test_add_func ("/ps/window/preferences", test_preferences);
  return g_test_run ();
}
