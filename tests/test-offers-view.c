/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Offers view and the quote checker in the window (issue 11): run
 * under a display (xvfb-run). The figures are the engine's (ps-offer,
 * ps-quote, tested against hand-computed fees and the law in
 * test-offer.c and test-quote.c): here the window must show them, keep
 * them while a field is in error, and hand the current offer to the
 * comparison. Screenshots go to <build>/tests/screenshots/. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-chart-view.h"
#include "ps-line-label.h"
#include "ps-money.h"
#include "ps-offer-edit.h"
#include "ps-offers-view.h"
#include "ps-quote.h"
#include "ps-quote-dialog.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-scenario.h"
#include "ps-test-utils.h"
#include "ps-ui-test-utils.h"
#include "ps-vm-city.h"
#include "ps-window.h"

/* ------------------------------------------------------------ helpers */

static void
show_offers (PsWindow *window)
{
  ps_ui_show_view (window, "offers");
}

static void
type_row (PsOffersView *view,
          const char   *key,
          const char   *text)
{
  GtkWidget *row = ps_offers_view_get_row (view, key);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ps_ui_iterate (10);
}

/* The engine's offers for the window's scenario, computed here. */
static void
engine_offers (PsWindow      *window,
               PsOfferResult *out)
{
  PsOffersView *view = ps_window_get_offers_view (window);
  const PsComparison *c = ps_window_get_comparison (window);
  PsOffer offers[PS_MAX_OFFERS];
  int n = ps_offers_view_get_n_offers (view);

  for (int i = 0; i < n; i++)
    offers[i] = *ps_offers_view_get_offer (view, i);
  ps_offers_compare (ps_window_get_params (window), &c->scenario, offers, n, out);
}

static void
assert_shows_engine (PsWindow *window)
{
  PsOffersView *view = ps_window_get_offers_view (window);
  PsOfferResult expected[PS_MAX_OFFERS];
  int n = ps_offers_view_get_n_offers (view);
  int best = 0;

  engine_offers (window, expected);
  for (int i = 0; i < n; i++)
    {
      const PsOfferResult *r = ps_offers_view_get_result (view, i);
      g_autofree char *amount = ps_format_money_display (expected[i].status.net_after_tax_monthly);
      GtkWidget *card = ps_offers_view_get_card (view, i);

      g_assert_cmpfloat (r->status.net_after_tax_yearly, ==, expected[i].status.net_after_tax_yearly);
      g_assert_cmpint (r->best, ==, expected[i].best);
      g_assert_true (ps_ui_shows_text (card, amount));
      /* the badge on the best card only; never on one that can't be used */
      g_assert_cmpint (ps_ui_count_visible_with_class (card, "best-badge"), ==, expected[i].best ? 1 : 0);
      if (expected[i].best)
        g_assert_true (expected[i].status.eligible);
      best += expected[i].best;
    }
  g_assert_cmpint (best, <=, 1);
}

/* ------------------------------------------------------------ tests */

/* the bundled examples, side by side, the best marked */
static void
test_starts (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);

  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 5);
  g_assert_null (ps_offers_view_get_current (view));
  show_offers (window);
  assert_shows_engine (window);
  /* the bundled offers named in the user's language, their figures as
   * it writes them (data/offers: name, name_en) */
  {
    const char *first = ps_line_labels_french () ? "7\u202f% du chiffre d’affaires" : "7% of the revenue";
    const char *tiered = ps_line_labels_french () ? "Par tranches 10 / 9 / 7\u202f% du chiffre d’affaires mensuel"
                                                  : "Tiered 10 / 9 / 7% of the monthly revenue";
    GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_OFFERS_VIEW, "add_menu"));
    gboolean in_menu = FALSE;

    g_assert_cmpstr (ps_offers_view_get_offer (view, 0)->name, ==, first);
    g_assert_cmpstr (ps_offers_view_get_offer (view, 1)->name, ==, tiered);
    g_assert_true (ps_ui_shows_text (ps_offers_view_get_card (view, 0), first));
    /* the examples' menu names them the same */
    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        g_autoptr (GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

        for (int k = 0; section != NULL && k < g_menu_model_get_n_items (section); k++)
          {
            g_autofree char *label = NULL;

            if (g_menu_model_get_item_attribute (section, k, G_MENU_ATTRIBUTE_LABEL, "s", &label))
              in_menu |= g_str_equal (label, tiered);
          }
      }
    g_assert_true (in_menu);
  }
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-1280x800");
  {
    GtkWidget *chart = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_OFFERS_VIEW, "chart"));

    g_assert_true (PS_IS_CHART_VIEW (chart));
    ps_ui_scroll_to (chart);
    ps_ui_save_screenshot (GTK_WIDGET (window), "offers-chart");
  }
  ps_ui_scroll_to (ps_offers_view_get_row (view, "name"));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-editor-1280x800");
  ps_ui_close_window (window);
}

/* add, duplicate, delete; no more than six */
static void
test_add_duplicate_delete (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  const PsOffer *copy;
  g_autofree char *name = NULL;

  show_offers (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "offers.add-blank", NULL));
  ps_ui_iterate (20);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 6);
  g_assert_cmpint (ps_offers_view_get_selected (view), ==, 5);
  /* a blank offer is the scenario's portage */
  g_assert_cmpfloat (ps_offers_view_get_result (view, 5)->status.net_after_tax_yearly, ==,
                     ps_window_get_comparison (window)->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  assert_shows_engine (window);

  /* full: the actions are off, the call refused */
  gtk_widget_activate_action (GTK_WIDGET (view), "offers.add-blank", NULL);
  ps_ui_iterate (20);
  g_assert_cmpint (ps_offers_view_duplicate (view, 0), ==, -1);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "offers.delete", "i", 5));
  ps_ui_iterate (20);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "offers.duplicate", "i", 1));
  ps_ui_iterate (20);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 6);
  copy = ps_offers_view_get_offer (view, 5);
  name = g_strdup_printf (_("%s (copy)"), ps_offers_view_get_offer (view, 1)->name);
  g_assert_cmpstr (copy->name, ==, name);
  g_assert_cmpfloat (ps_offers_view_get_result (view, 5)->status.net_after_tax_yearly, ==,
                     ps_offers_view_get_result (view, 1)->status.net_after_tax_yearly);
  assert_shows_engine (window);

  /* rename through the editor */
  ps_offers_view_select (view, 5);
  type_row (view, "name", "Firm B");
  g_assert_cmpstr (ps_offers_view_get_offer (view, 5)->name, ==, "Firm B");
  g_assert_true (ps_ui_shows_text (ps_offers_view_get_card (view, 5), "Firm B"));

  /* down to one, not below */
  for (int i = 0; i < 6; i++)
    ps_offers_view_remove (view, 0);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "offers.delete", "i", 0);
  ps_ui_iterate (20);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 1);
  ps_ui_close_window (window);
}

/* the item of the city drop-down that reads @text */
static guint
city_item (AdwComboRow *row,
           const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), text))
      return i;
  g_error ("no item “%s” in the city drop-down", text);
  return GTK_INVALID_LIST_POSITION;
}

static void
choose_city (AdwComboRow *row,
             const char  *text)
{
  adw_combo_row_set_selected (row, city_item (row, text));
  ps_ui_iterate (10);
}

/* The rate row says which versement mobilité is used, as the engine
 * decides (ps_offer_vm_source): with a city chosen, that city's rate,
 * greyed, its title and tooltip saying so; otherwise the rate typed (or
 * the scenario's), to be typed. */
static void
assert_vm_rule (PsOffersView   *view,
                const PsParams *params)
{
  int i = ps_offers_view_get_selected (view);
  GtkWidget *vm = ps_offers_view_get_row (view, "employer.vm_pct");
  const PsOffer *o = ps_offers_view_get_offer (view, i);
  const PsOfferResult *r = ps_offers_view_get_result (view, i);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (vm));

  if (o->vm_city > 0)
    {
      double city_rate = params->vm_city_rate[o->vm_city - 1];
      g_autofree char *rate = ps_format_number (city_rate * 100, 2);
      g_autofree char *pct = ps_format_percent (city_rate * 100, 2);

      g_assert_false (gtk_widget_get_sensitive (vm));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vm)), ==, rate);
      g_assert_cmpstr (title, ==, _("The city’s versement mobilité (%)"));
      g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (vm), pct));
      /* the rate shown is the one the offer's payslip uses */
      g_assert_cmpfloat (r->inputs.profile.vm_rate, ==, city_rate);
    }
  else
    {
      g_assert_true (gtk_widget_get_sensitive (vm));
      g_assert_cmpstr (title, ==, _("Firm’s versement mobilité (%)"));
      if (o->has_profile && !isnan (o->profile.vm_rate))
        g_assert_cmpfloat (r->inputs.profile.vm_rate, ==, o->profile.vm_rate);
      else
        g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vm)), ==, "");
    }
}

/* the firm's city for its versement mobilité, chosen in a drop-down that
 * names each city of the rates with its rate, and its prévoyance typed in
 * the editor: the cards follow the engine; the offer file keeps its format
 * (the city's id) */
static void
test_city_and_prevoyance (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  AdwComboRow *city = ADW_COMBO_ROW (ps_offers_view_get_row (view, "employer.vm_city"));
  GtkWidget *vm = ps_offers_view_get_row (view, "employer.vm_pct");
  const PsParams *params = ps_window_get_params (window);
  g_autofree char *lyon_rate = ps_format_percent (params->vm_city_rate[PS_VM_LYON] * 100, 2);
  g_autofree char *paris_rate = ps_format_percent (params->vm_city_rate[PS_VM_PARIS] * 100, 2);
  g_autofree char *lyon = g_strdup_printf ("%s — %s", ps_vm_city_name (PS_VM_LYON), lyon_rate);
  g_autofree char *paris = g_strdup_printf ("%s — %s", ps_vm_city_name (PS_VM_PARIS), paris_rate);
  g_autofree char *dir = g_dir_make_tmp ("offers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "city.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  const PsOffer *o;

  show_offers (window);
  ps_offers_view_select (view, 0);
  /* none named: the first item; then "none", then the 8 cities */
  g_assert_cmpuint (adw_combo_row_get_selected (city), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (city)), ==, 2 + PS_N_VM_CITIES);
  g_assert_cmpuint (city_item (city, paris), ==, 2 + PS_VM_PARIS);
  type_row (view, "employer.vm_pct", "1");
  choose_city (city, lyon);
  o = ps_offers_view_get_offer (view, 0);
  g_assert_cmpint (o->vm_city, ==, PS_VM_LYON + 1);
  /* the city replaces the rate typed: the rate row shows the city's,
   * greyed */
  g_assert_cmpfloat (ps_offers_view_get_result (view, 0)->inputs.profile.vm_rate, ==,
                     params->vm_city_rate[PS_VM_LYON]);
  assert_vm_rule (view, params);
  type_row (view, "employer.prevoyance_pct", "3");
  type_row (view, "employer.prevoyance_employer_pct", "80");
  o = ps_offers_view_get_offer (view, 0);
  g_assert_cmpfloat (o->profile.prevoyance_rate, ==, 0.03);
  g_assert_cmpfloat (o->profile.prevoyance_employer_rate, ==, 0.8);
  assert_shows_engine (window);
  /* saved as the city's id, read back the same */
  g_assert_true (ps_offers_view_export (view, 0, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_nonnull (strstr (json, "\"vm_city\""));
  g_assert_nonnull (strstr (json, "\"lyon\""));
  g_assert_true (ps_offers_view_import (view, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ps_offers_view_get_offer (view, ps_offers_view_get_n_offers (view) - 1)->vm_city, ==, PS_VM_LYON + 1);
  g_assert_cmpuint (adw_combo_row_get_selected (city), ==, 2 + PS_VM_LYON);
  ps_offers_view_remove (view, ps_offers_view_get_n_offers (view) - 1);
  ps_offers_view_select (view, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (city), ==, 2 + PS_VM_LYON);
  assert_vm_rule (view, params);
  ps_ui_scroll_to (GTK_WIDGET (city));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-employer");

  /* no city: the rate row is to be typed again, and a rate typed is
   * used; 0 is none */
  choose_city (city, _("Not given (the rate typed below)"));
  assert_vm_rule (view, params);
  type_row (view, "employer.vm_pct", "1,5");
  g_assert_cmpuint (adw_combo_row_get_selected (city), ==, 0);
  g_assert_cmpint (ps_offers_view_get_offer (view, 0)->vm_city, ==, 0);
  assert_vm_rule (view, params);
  g_assert_cmpfloat (ps_offers_view_get_result (view, 0)->inputs.profile.vm_rate, ==, 0.015);
  /* a city chosen over a rate typed: the city's is used, and shown */
  choose_city (city, paris);
  assert_vm_rule (view, params);
  g_assert_cmpfloat (ps_offers_view_get_result (view, 0)->inputs.profile.vm_rate, ==,
                     params->vm_city_rate[PS_VM_PARIS]);
  choose_city (city, _("Not given (the rate typed below)"));
  type_row (view, "employer.vm_pct", "0");
  g_assert_cmpuint (adw_combo_row_get_selected (city), ==, 1);
  assert_vm_rule (view, params);
  /* none, then not given: the scenario's rate again */
  choose_city (city, paris);
  choose_city (city, _("None (no versement mobilité)"));
  assert_vm_rule (view, params);
  o = ps_offers_view_get_offer (view, 0);
  g_assert_cmpint (o->vm_city, ==, 0);
  g_assert_cmpfloat (o->profile.vm_rate, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vm)), ==, "0");
  choose_city (city, _("Not given (the rate typed below)"));
  assert_vm_rule (view, params);
  o = ps_offers_view_get_offer (view, 0);
  g_assert_true (isnan (o->profile.vm_rate));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vm)), ==, "");
  g_assert_cmpfloat (ps_offers_view_get_result (view, 0)->inputs.profile.vm_rate, ==,
                     ps_window_get_comparison (window)->scenario.profile.vm_rate);
  g_assert_true (ps_offers_view_is_valid (view));
  assert_shows_engine (window);
  choose_city (city, lyon);
  ps_ui_scroll_to (ps_offers_view_get_card (view, 0));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-prevoyance-card");
  g_unlink (path);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* an offer that can't be used is never marked best */
static void
test_unusable_never_best (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  const PsOfferResult *r;

  show_offers (window);
  /* a flat fee that takes the whole revenue */
  ps_offers_view_select (view, 2);
  type_row (view, "fee.flat_monthly", "900000");
  r = ps_offers_view_get_result (view, 2);
  g_assert_false (r->status.eligible);
  g_assert_false (r->best);
  g_assert_cmpint (ps_ui_count_visible_with_class (ps_offers_view_get_card (view, 2), "ineligible-badge"), ==, 1);
  assert_shows_engine (window);
  ps_ui_close_window (window);
}

/* a bad value is marked, and the last results stay */
static void
test_bad_field (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  GtkWidget *row = ps_offers_view_get_row (view, "fee.pct");
  double before;

  show_offers (window);
  ps_offers_view_select (view, 0);
  before = ps_offers_view_get_result (view, 0)->status.net_after_tax_yearly;
  type_row (view, "fee.pct", "120");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_false (ps_offers_view_is_valid (view));
  g_assert_cmpfloat (ps_offers_view_get_result (view, 0)->status.net_after_tax_yearly, ==, before);
  g_assert_cmpfloat (ps_offers_view_get_offer (view, 0)->fee_rate, ==, 0.07);
  ps_ui_scroll_to (ps_offers_view_get_row (view, "name"));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-invalid");

  /* another offer's results follow the day rate meanwhile */
  {
    GtkWidget *tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);

    gtk_editable_set_text (GTK_EDITABLE (tjm), "700");
    ps_ui_iterate (20);
    assert_shows_engine (window);
  }

  /* corrected: computed again, the mark gone */
  type_row (view, "fee.pct", "8");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_true (ps_offers_view_is_valid (view));
  g_assert_cmpfloat (ps_offers_view_get_offer (view, 0)->fee_rate, ==, 0.08);
  assert_shows_engine (window);

  /* bands: one limit fewer than the rates */
  ps_offers_view_select (view, 1);
  type_row (view, "fee.bands.pct", "10 / 9 / 7 / 5");
  g_assert_true (gtk_widget_has_css_class (ps_offers_view_get_row (view, "fee.bands.upto"), "error"));
  type_row (view, "fee.bands.upto", "8000 / 12000 / 20000");
  g_assert_true (ps_offers_view_is_valid (view));
  g_assert_cmpint (ps_offers_view_get_offer (view, 1)->bands.n_bands, ==, 4);
  g_assert_cmpfloat (ps_offers_view_get_offer (view, 1)->bands.upto[2], ==, 20000);
  assert_shows_engine (window);
  ps_ui_close_window (window);
}

/* the offer marked current is the comparison's portage */
static void
test_current (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  PsResultsView *results = ps_window_get_results_view (window);
  double scenario_net = ps_window_get_comparison (window)->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly;
  const PsComparison *c;
  PsOfferResult expected;

  show_offers (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "offers.set-current", "i", 2));
  ps_ui_iterate (20);
  g_assert_true (ps_offers_view_get_current (view) == ps_offers_view_get_offer (view, 2));
  c = ps_window_get_comparison (window);
  ps_offer_compute (ps_window_get_params (window), &c->scenario, ps_offers_view_get_offer (view, 2), &expected);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, expected.status.net_after_tax_yearly);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, !=, scenario_net);
  {
    g_autofree char *amount = ps_format_money_display (expected.status.net_after_tax_monthly);

    g_assert_cmpstr (ps_status_card_get_amount_text (ps_results_view_get_card (results, PS_STATUS_PORTAGE)), ==, amount);
  }
  g_assert_cmpint (ps_ui_count_visible_with_class (ps_offers_view_get_card (view, 2), "current-badge"), ==, 1);
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-current");

  /* edited: the comparison follows */
  ps_offers_view_select (view, 2);
  type_row (view, "fee.flat_monthly", "250");
  c = ps_window_get_comparison (window);
  ps_offer_compute (ps_window_get_params (window), &c->scenario, ps_offers_view_get_offer (view, 2), &expected);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, expected.status.net_after_tax_yearly);

  /* the day rate: the comparison keeps the offer */
  {
    GtkWidget *tjm = ps_inputs_page_get_row (ps_window_get_inputs_page (window), PS_SCENARIO_FIELD_TJM);

    gtk_editable_set_text (GTK_EDITABLE (tjm), "640");
    ps_ui_iterate (20);
    c = ps_window_get_comparison (window);
    g_assert_cmpfloat (c->scenario.tjm, ==, 640);
    ps_offer_compute (ps_window_get_params (window), &c->scenario, ps_offers_view_get_offer (view, 2), &expected);
    g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, expected.status.net_after_tax_yearly);
  }

  /* unmarked: the scenario's fee again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "offers.set-current", "i", -1));
  ps_ui_iterate (20);
  g_assert_null (ps_offers_view_get_current (view));
  {
    g_autofree PsComparison *plain = g_new0 (PsComparison, 1);

    c = ps_window_get_comparison (window);
    ps_comparison_compute (ps_window_get_params (window), &c->scenario, plain);
    g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==,
                       plain->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  }

  /* the current one deleted: the scenario's too */
  ps_offers_view_set_current (view, 1);
  ps_ui_iterate (20);
  ps_offers_view_remove (view, 1);
  ps_ui_iterate (20);
  g_assert_null (ps_offers_view_get_current (view));
  ps_ui_close_window (window);
}

/* export an offer, import it back; a bad file names the file and the key */
static void
test_import_export (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("offers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tiered.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  const PsOffer *a, *b;

  g_assert_true (ps_offers_view_export (view, 1, path, &error));
  g_assert_no_error (error);
  g_assert_true (ps_offers_view_import (view, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 6);
  a = ps_offers_view_get_offer (view, 1);
  b = ps_offers_view_get_offer (view, 5);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (memcmp (&a->bands, &b->bands, sizeof a->bands), ==, 0);
  g_assert_cmpfloat (ps_offers_view_get_result (view, 5)->status.net_after_tax_yearly, ==,
                     ps_offers_view_get_result (view, 1)->status.net_after_tax_yearly);

  /* full */
  g_assert_false (ps_offers_view_import (view, path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  ps_offers_view_remove (view, 5);

  g_assert_true (g_file_set_contents (bad, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 140}}", -1, NULL));
  g_assert_false (ps_offers_view_import (view, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad.json"));
  g_assert_nonnull (strstr (error->message, "fee.pct"));
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 5);

  g_unlink (path);
  g_unlink (bad);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* A scenario file's offers: opened into the view (the current one too),
 * saved back whole; a file without offers is not given the examples. */
static void
test_scenario_offers (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("offers-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.json", NULL);
  g_autofree char *with = g_build_filename (dir, "with.json", NULL);
  g_autofree char *again = g_build_filename (dir, "again.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GFile) f_plain = g_file_new_for_path (plain);
  g_autoptr (GFile) f_with = g_file_new_for_path (with);
  g_autoptr (GFile) f_again = g_file_new_for_path (again);
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenarioFile loaded;

  /* the bundled examples stay out of a file */
  g_assert_true (ps_window_save_file (window, f_plain, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain, &text, NULL, NULL));
  g_assert_null (strstr (text, "\"offers\""));
  g_clear_pointer (&text, g_free);

  g_assert_true (g_file_set_contents (with,
                                      "{ \"format\": 1, \"tjm\": 600, \"days_per_year\": 210,"
                                      "  \"offers\": ["
                                      "    { \"format\": 1, \"name\": \"Firm A\", \"fee\": { \"model\": \"percent\", \"pct\": 6 } },"
                                      "    { \"format\": 1, \"name\": \"Firm B\", \"fee\": { \"model\": \"flat\", \"flat_monthly\": 150 },"
                                      "      \"employer\": { \"mutuelle_monthly\": 90 } } ],"
                                      "  \"current_offer\": 1 }", -1, NULL));
  g_assert_true (ps_window_open_file (window, f_with, &error));
  g_assert_no_error (error);
  ps_ui_iterate (50);
  g_assert_cmpint (ps_offers_view_get_n_offers (view), ==, 2);
  g_assert_cmpstr (ps_offers_view_get_offer (view, 0)->name, ==, "Firm A");
  g_assert_true (ps_offers_view_get_current (view) == ps_offers_view_get_offer (view, 1));
  {
    /* the window's figures are the file's comparison (ps_scenario_file_compute,
     * as portage-cli compare --scenario): portage, the others' health
     * budget "as portage's" (Firm B's 90 € mutuelle), their nets, the best */
    const PsComparison *c = ps_window_get_comparison (window);
    g_autofree PsComparison *expected = g_new0 (PsComparison, 1);
    PsScenarioFile file;

    ps_scenario_file_init (&file, ps_window_get_params (window));
    g_assert_true (ps_scenario_file_load (&file, with, &error));
    g_assert_no_error (error);
    file.scenario = c->scenario;
    ps_scenario_file_compute (&file, ps_window_get_params (window), expected);
    g_assert_cmpfloat (c->portage_inputs.profile.mutuelle_monthly, ==, 90);
    g_assert_cmpfloat (c->health_yearly, ==, c->statuses[PS_STATUS_PORTAGE].health_yearly);
    for (int i = 0; i < PS_N_STATUSES; i++)
      g_assert_cmpfloat (c->statuses[i].net_after_tax_yearly, ==, expected->statuses[i].net_after_tax_yearly);
    for (int i = PS_STATUS_MICRO; i < PS_N_STATUSES; i++)
      g_assert_cmpfloat (c->statuses[i].health_yearly, ==, c->statuses[PS_STATUS_PORTAGE].health_yearly);
    g_assert_cmpint (c->has_best, ==, expected->has_best);
    g_assert_cmpint (c->best, ==, expected->best);
  }

  /* saved back with its offers and the current one */
  g_assert_true (ps_window_save_file (window, f_again, &error));
  g_assert_no_error (error);
  ps_scenario_file_init (&loaded, p);
  g_assert_true (ps_scenario_file_load (&loaded, again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (loaded.n_offers, ==, 2);
  g_assert_cmpint (loaded.current_offer, ==, 1);
  g_assert_cmpstr (loaded.offers[1].name, ==, "Firm B");

  g_unlink (plain);
  g_unlink (with);
  g_unlink (again);
  g_rmdir (dir);
  ps_ui_close_window (window);
}

/* the quote checker shows ps-quote's gaps and findings */
static void
test_quote (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsOffersView *view = ps_window_get_offers_view (window);
  const PsOfferResult *r;
  PsQuoteDialog *dialog;
  PsQuote quote;
  PsQuoteCheck check;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_auto (GStrv) findings = NULL;

  show_offers (window);
  ps_offers_view_select (view, 0);
  r = ps_offers_view_get_result (view, 0);
  dialog = PS_QUOTE_DIALOG (ps_offers_view_check_quote (view));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  /* a quote with 612 € a month of employer contributions the law
   * doesn't ask for this gross (the example of issue 11) */
  ps_quote_init (&quote);
  quote.revenue = ps_round_cents (r->inputs.tjm * r->inputs.days_per_month);
  quote.lines[PS_QUOTE_FEE] = ps_round_cents (r->fee_yearly / 12);
  quote.lines[PS_QUOTE_GROSS] = ps_round_cents (r->portage.gross - 400);
  ps_quote_check (ps_window_get_params (window), &r->inputs, &quote, &check);
  quote.lines[PS_QUOTE_EMPLOYER] = ps_round_cents (check.legal_employer + 612);
  {
    const char *keys[] = { "fee", "gross", "employer" };
    const PsQuoteLine lines[] = { PS_QUOTE_FEE, PS_QUOTE_GROSS, PS_QUOTE_EMPLOYER };

    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      gtk_editable_set_text (GTK_EDITABLE (ps_quote_dialog_get_row (dialog, keys[k])),
                             g_ascii_formatd (buf, sizeof buf, "%.2f", quote.lines[lines[k]]));
  }
  ps_ui_iterate (20);
  ps_quote_check (ps_window_get_params (window), &r->inputs, &quote, &check);
  {
    g_autofree char *m = ps_format_money_display (check.gap[PS_QUOTE_GROSS]);
    g_autofree char *y = ps_format_money_display (check.gap[PS_QUOTE_GROSS] * 12);

    g_assert_nonnull (strstr (ps_quote_dialog_get_gap_text (dialog, PS_QUOTE_GROSS), m));
    g_assert_nonnull (strstr (ps_quote_dialog_get_gap_text (dialog, PS_QUOTE_GROSS), y));
  }
  g_assert_cmpstr (ps_quote_dialog_get_gap_text (dialog, PS_QUOTE_NET_BEFORE_TAX), ==, "");
  g_assert_cmpfloat (fabs (check.employer_excess - 612), <, 0.01);
  findings = ps_quote_findings (&quote, &check);
  g_assert_nonnull (findings[0]);
  g_assert_nonnull (strstr (ps_quote_dialog_get_findings (dialog), findings[0]));
  ps_ui_save_screenshot (GTK_WIDGET (dialog), "quote-dialog");
  ps_ui_scroll_to (ps_quote_dialog_get_row (dialog, "net_after"));
  ps_ui_save_screenshot (GTK_WIDGET (dialog), "quote-dialog-gaps");

  /* a bad amount is marked, not computed */
  gtk_editable_set_text (GTK_EDITABLE (ps_quote_dialog_get_row (dialog, "employer")), "abc");
  ps_ui_iterate (20);
  g_assert_true (gtk_widget_has_css_class (ps_quote_dialog_get_row (dialog, "employer"), "error"));
  g_assert_cmpstr (ps_quote_dialog_get_gap_text (dialog, PS_QUOTE_EMPLOYER), ==, "");

  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 700);
  ps_ui_iterate (100);
  ps_ui_save_screenshot (GTK_WIDGET (dialog), "quote-dialog-360");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ps_ui_iterate (20);
  ps_ui_close_window (window);
}

/* The offers' chart at window widths from 360 to 1280 px: every text it
 * draws (the crossing's label with two offers' names, the legend, the
 * axes) is inside its allocation; a screenshot at each width. */
static void
test_chart_fits (void)
{
  static const int widths[] = { 360, 560, 800, 1280 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      PsWindow *window = ps_ui_open_window (widths[i], 800);
      PsOffersView *view = ps_window_get_offers_view (window);
      PsChartView *chart = PS_CHART_VIEW (gtk_widget_get_template_child (GTK_WIDGET (view), PS_TYPE_OFFERS_VIEW, "chart"));
      graphene_rect_t bounds;
      int width, height;

      /* (narrow: the inputs folded away) */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
      show_offers (window);
      ps_ui_scroll_to (GTK_WIDGET (chart));
      width = gtk_widget_get_width (GTK_WIDGET (chart));
      height = gtk_widget_get_height (GTK_WIDGET (chart));
      {
        g_autofree char *name = g_strdup_printf ("offers-chart-%d", widths[i]);

        /* (the window: the card's background is translucent) */
        ps_ui_save_screenshot (GTK_WIDGET (window), name);
      }
      /* the examples cross: a label is drawn */
      g_assert_cmpint (ps_chart_view_get_crossings (chart, NULL), >, 0);
      g_assert_true (ps_chart_view_get_text_bounds (chart, &bounds));
      g_test_message ("%d px: chart %d × %d, texts %.0f, %.0f, %.0f × %.0f", widths[i], width, height,
                      bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height);
      ps_ui_close_window (window);
    }
}

/* 360 px wide: the cards one under the other */
static void
test_narrow (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);
  PsOffersView *view = ps_window_get_offers_view (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  show_offers (window);
  ps_ui_iterate (200);
  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                             "window_title"));

    /* the narrow page says which view it shows */
    g_assert_cmpstr (adw_window_title_get_title (title), ==, _("Offers"));
  }
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-360");
  ps_ui_scroll_to (ps_offers_view_get_card (view, 1));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-360-cards");
  ps_ui_scroll_to (ps_offers_view_get_row (view, "name"));
  ps_ui_save_screenshot (GTK_WIDGET (window), "offers-360-editor");
  /* the firm's city chosen, shown under the row's title; each item of
   * its list fits the width (the list's popover has margins of its own) */
  {
    GtkWidget *city = ps_offers_view_get_row (view, "employer.vm_city");
    GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (city));

    adw_combo_row_set_selected (ADW_COMBO_ROW (city), 2 + PS_VM_PARIS);
    ps_ui_iterate (20);
    assert_vm_rule (view, ps_window_get_params (window));
    ps_ui_scroll_to (city);
    ps_ui_save_screenshot (GTK_WIDGET (window), "offers-360-city");
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr (PangoLayout) layout =
          gtk_widget_create_pango_layout (city, gtk_string_list_get_string (GTK_STRING_LIST (model), i));
        int w;

        pango_layout_get_pixel_size (layout, &w, NULL);
        g_assert_cmpint (w, <=, 360 - 2 * 40);
      }
  }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_close_window (window);
}

int
main (int    argc,
      char **argv)
{
  if (!ps_ui_init (&argc, &argv))
    return 0;
  g_test_add_func ("/ps/offers-view/starts", test_starts);
  g_test_add_func ("/ps/offers-view/add-duplicate-delete", test_add_duplicate_delete);
  g_test_add_func ("/ps/offers-view/unusable-never-best", test_unusable_never_best);
  g_test_add_func ("/ps/offers-view/bad-field", test_bad_field);
  g_test_add_func ("/ps/offers-view/city-and-prevoyance", test_city_and_prevoyance);
  g_test_add_func ("/ps/offers-view/current", test_current);
  g_test_add_func ("/ps/offers-view/import-export", test_import_export);
  g_test_add_func ("/ps/offers-view/scenario-offers", test_scenario_offers);
  g_test_add_func ("/ps/offers-view/quote", test_quote);
  g_test_add_func ("/ps/offers-view/narrow", test_narrow);
  g_test_add_func ("/ps/offers-view/chart-fits", test_chart_fits);
  return g_test_run ();
}
