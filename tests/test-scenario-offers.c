/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A scenario's name and offers (ps-scenario-offers.c): read and written
 * back the same, bad input refused with the key named, the list's
 * helpers, and the current offer driving the comparison's portage. */
#include "config.h"

#include <cJSON.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ps-file.h"
#include "ps-health.h"
#include "ps-scenario.h"
#include "ps-test-utils.h"

#define DATE "2026-07-01"

static const char *two_offers =
  "{\"format\": 1, \"name\": \"Realistic\", \"tjm\": 600, \"days_per_year\": 200,\n"
  " \"offers\": [\n"
  "  {\"format\": 1, \"name\": \"Tiered\", \"fee\": {\"model\": \"tiered\", \"bands_marginal\": true,\n"
  "   \"bands\": [{\"upto\": 8000, \"pct\": 10}, {\"upto\": 12000, \"pct\": 9}, {\"upto\": null, \"pct\": 7}]},\n"
  "   \"extras_monthly\": 20},\n"
  "  {\"format\": 1, \"name\": \"Three\", \"fee\": {\"model\": \"percent-net\", \"pct\": 3, \"floor_monthly\": 150,\n"
  "   \"cap_monthly\": 900}, \"advance\": {\"share_pct\": 80, \"cost_pct_per_month\": 1, \"payment_delay_days\": 45},\n"
  "   \"employer\": {\"headcount\": 30, \"vm_pct\": 2.95, \"mutuelle_monthly\": 90},\n"
  "   \"contract\": \"cdd\", \"reserve\": false, \"quoted_restitution_pct\": 52.5}\n"
  " ],\n"
  " \"current_offer\": 1}";

static void
load (PsScenarioFile *f,
      const char     *json)
{
  g_autoptr (GError) error = NULL;

  ps_scenario_file_init (f, ps_test_params (DATE));
  g_assert_true (ps_scenario_file_from_json (f, json, -1, &error));
  g_assert_no_error (error);
}

static void
assert_same_number (double a,
                    double b)
{
  if (isnan (a) || isnan (b))
    g_assert_true (isnan (a) && isnan (b));
  else
    g_assert_cmpfloat_with_epsilon (a, b, 1e-9);
}

static void
assert_same_offer (const PsOffer *a,
                   const PsOffer *b)
{
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (a->has_fee, ==, b->has_fee);
  g_assert_cmpint (a->fee_model, ==, b->fee_model);
  assert_same_number (a->fee_rate, b->fee_rate);
  assert_same_number (a->fee_flat_monthly, b->fee_flat_monthly);
  assert_same_number (a->fee_floor_monthly, b->fee_floor_monthly);
  assert_same_number (a->fee_cap_monthly, b->fee_cap_monthly);
  g_assert_cmpint (a->bands.n_bands, ==, b->bands.n_bands);
  g_assert_cmpint (a->bands.marginal, ==, b->bands.marginal);
  for (int i = 0; i < a->bands.n_bands; i++)
    {
      assert_same_number (a->bands.upto[i], b->bands.upto[i]);
      assert_same_number (a->bands.rate[i], b->bands.rate[i]);
    }
  assert_same_number (a->extras_monthly, b->extras_monthly);
  assert_same_number (a->advance_share, b->advance_share);
  assert_same_number (a->advance_cost_rate, b->advance_cost_rate);
  assert_same_number (a->payment_delay_days, b->payment_delay_days);
  g_assert_cmpint (a->has_profile, ==, b->has_profile);
  g_assert_cmpint (a->profile.headcount, ==, b->profile.headcount);
  assert_same_number (a->profile.atmp_rate, b->profile.atmp_rate);
  assert_same_number (a->profile.vm_rate, b->profile.vm_rate);
  assert_same_number (a->profile.mutuelle_monthly, b->profile.mutuelle_monthly);
  assert_same_number (a->profile.mutuelle_employer_rate, b->profile.mutuelle_employer_rate);
  g_assert_cmpint (a->has_contract, ==, b->has_contract);
  g_assert_cmpint (a->cdd, ==, b->cdd);
  g_assert_cmpint (a->has_reserve, ==, b->has_reserve);
  g_assert_cmpint (a->reserve, ==, b->reserve);
  assert_same_number (a->quoted_restitution, b->quoted_restitution);
}

static void
test_read (void)
{
  PsScenarioFile f;

  load (&f, two_offers);
  g_assert_cmpstr (f.name, ==, "Realistic");
  g_assert_cmpint (f.n_offers, ==, 2);
  g_assert_cmpint (f.current_offer, ==, 1);
  g_assert_true (ps_scenario_file_current_offer (&f) == &f.offers[1]);
  g_assert_cmpint (f.offers[0].bands.n_bands, ==, 3);
  g_assert_cmpfloat (f.offers[0].bands.upto[2], ==, G_MAXDOUBLE);
  g_assert_cmpfloat (f.offers[1].fee_rate, ==, 0.03);
  g_assert_cmpfloat (f.offers[1].advance_share, ==, 0.8);
  g_assert_cmpint (f.offers[1].profile.headcount, ==, 30);
  g_assert_true (isnan (f.offers[1].profile.atmp_rate));
  g_assert_true (f.offers[1].cdd);

  /* a scenario without offers: none, none current */
  load (&f, "{\"format\": 1}");
  g_assert_cmpint (f.n_offers, ==, 0);
  g_assert_cmpint (f.current_offer, ==, -1);
  g_assert_null (ps_scenario_file_current_offer (&f));
  g_assert_cmpstr (f.name, ==, "");
}

static void
test_roundtrip (void)
{
  PsScenarioFile a, b;
  g_autofree char *json = NULL;

  load (&a, two_offers);
  json = ps_scenario_file_to_json (&a);
  load (&b, json);
  g_assert_cmpstr (a.name, ==, b.name);
  g_assert_cmpint (a.n_offers, ==, b.n_offers);
  g_assert_cmpint (a.current_offer, ==, b.current_offer);
  for (int i = 0; i < a.n_offers; i++)
    assert_same_offer (&a.offers[i], &b.offers[i]);

  /* each offer is written as an offer file reads it */
  for (int i = 0; i < a.n_offers; i++)
    {
      g_autofree char *text = ps_offer_to_json (&a.offers[i]);
      g_autoptr (GError) error = NULL;
      PsOffer o;

      ps_offer_init (&o, NULL);
      g_assert_true (ps_offer_from_json (&o, text, strlen (text), &error));
      g_assert_no_error (error);
      assert_same_offer (&a.offers[i], &o);
    }
}

static void
test_save_keeps_unknown_keys (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ps-scenario-offers-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "s.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (cJSON) root = NULL;
  PsScenarioFile f, back;
  gsize length;

  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"notes\": \"ask about the mutuelle\"}", -1, NULL));
  load (&f, two_offers);
  g_assert_true (ps_scenario_file_save (&f, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  root = cJSON_Parse (text);
  g_assert_cmpstr (cJSON_GetStringValue (cJSON_GetObjectItem (root, "notes")), ==, "ask about the mutuelle");
  g_assert_cmpint (cJSON_GetArraySize (cJSON_GetObjectItem (root, "offers")), ==, 2);

  ps_scenario_file_init (&back, ps_test_params (DATE));
  g_assert_true (ps_scenario_file_load (&back, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (back.n_offers, ==, 2);
  g_assert_cmpint (back.current_offer, ==, 1);
  assert_same_offer (&f.offers[1], &back.offers[1]);

  /* the offers removed: the key goes too, the notes stay */
  f.n_offers = 0;
  f.current_offer = -1;
  g_assert_true (ps_scenario_file_save (&f, path, &error));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&root, cJSON_Delete);
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  root = cJSON_Parse (text);
  g_assert_null (cJSON_GetObjectItem (root, "offers"));
  g_assert_nonnull (cJSON_GetObjectItem (root, "notes"));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
assert_refused (const char *json,
                const char *expected)
{
  g_autoptr (GError) error = NULL;
  PsScenarioFile f, before;

  ps_scenario_file_init (&f, ps_test_params (DATE));
  before = f;
  g_assert_false (ps_scenario_file_from_json (&f, json, -1, &error));
  g_assert_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” not in “%s”", expected, error->message);
  /* unchanged on error */
  g_assert_cmpint (f.n_offers, ==, before.n_offers);
  g_assert_cmpint (f.current_offer, ==, before.current_offer);
}

static void
test_errors (void)
{
  g_autoptr (GString) seven = g_string_new ("{\"format\": 1, \"offers\": [");

  for (int i = 0; i < 7; i++)
    g_string_append_printf (seven, "%s{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": %d}}", i > 0 ? ", " : "", i + 3);
  g_string_append (seven, "]}");
  assert_refused (seven->str, "offers: 7 offers; a scenario holds at most 6");

  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1, \"fee\": {\"model\": \"percent\"}}]}",
                  "offers[0]: fee.pct: missing");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1}, {\"format\": 1, \"extras_monthly\": -5}]}",
                  "offers[1]: extras_monthly: ");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 120}}]}",
                  "offers[0]: fee.pct: ");
  assert_refused ("{\"format\": 1, \"offers\": [{\"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}]}",
                  "offers[0]: format: ");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1, \"employer\": {\"vm_pct\": 9}}]}",
                  "offers[0]: employer.vm_pct: ");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1, \"fees\": 3}]}", "offers[0]: fees: unknown key");
  assert_refused ("{\"format\": 1, \"offers\": {\"format\": 1}}", "offers: expected a list");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1}], \"current_offer\": 1}", "current_offer: ");
  assert_refused ("{\"format\": 1, \"offers\": [{\"format\": 1}], \"current_offer\": 0.5}", "current_offer: ");
  assert_refused ("{\"format\": 1, \"current_offer\": 0}", "current_offer: the scenario has no offers");
  assert_refused ("{\"format\": 1, \"name\": 3}", "name: expected a text");
}

static void
test_helpers (void)
{
  PsScenarioFile f;
  PsOffer o;

  load (&f, two_offers);
  g_assert_true (ps_scenario_file_duplicate_offer (&f, 0));
  g_assert_cmpint (f.n_offers, ==, 3);
  g_assert_cmpstr (f.offers[1].name, ==, "Tiered (copy)");
  g_assert_cmpstr (f.offers[2].name, ==, "Three");
  /* the current offer follows its offer */
  g_assert_cmpint (f.current_offer, ==, 2);
  g_assert_true (ps_scenario_file_remove_offer (&f, 0));
  g_assert_cmpint (f.current_offer, ==, 1);
  g_assert_cmpstr (ps_scenario_file_current_offer (&f)->name, ==, "Three");
  g_assert_true (ps_scenario_file_remove_offer (&f, 1));
  g_assert_cmpint (f.current_offer, ==, -1);
  g_assert_false (ps_scenario_file_remove_offer (&f, 1));
  g_assert_false (ps_scenario_file_duplicate_offer (&f, -1));

  ps_offer_init (&o, "Extra");
  while (f.n_offers < PS_MAX_OFFERS)
    g_assert_true (ps_scenario_file_add_offer (&f, &o));
  g_assert_false (ps_scenario_file_add_offer (&f, &o));
  g_assert_false (ps_scenario_file_duplicate_offer (&f, 0));
  g_assert_cmpint (f.n_offers, ==, PS_MAX_OFFERS);
}

static void
test_current_offer_drives_portage (void)
{
  const PsParams *p = ps_test_params (DATE);
  g_autofree PsComparison *plain = g_new0 (PsComparison, 1);
  g_autofree PsComparison *with = g_new0 (PsComparison, 1);
  g_autofree PsOfferResult *r = g_new0 (PsOfferResult, 1);
  PsScenarioFile f;

  load (&f, two_offers);
  f.current_offer = 0;
  ps_scenario_file_compute (&f, p, with);
  ps_comparison_compute (p, &f.scenario, plain);
  ps_offer_compute (p, &f.scenario, &f.offers[0], r);

  /* 600 € × 200 days / 12 = 10 000 € a month: 8 000 × 10 % + 2 000 × 9 %
   * = 980 € of fee, and 20 € of extras (computed by hand) */
  g_assert_cmpfloat_with_epsilon (ps_portage_fee (&with->portage_inputs, 10000), 980, 1e-9);
  g_assert_cmpfloat_with_epsilon (with->statuses[PS_STATUS_PORTAGE].costs_yearly, 1000 * 12, 1e-6);
  g_assert_true (with->portage_inputs.bands == &with->portage_bands);
  /* the portage status is the offer's, the others the scenario's */
  g_assert_cmpfloat (with->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, r->status.net_after_tax_yearly);
  g_assert_cmpfloat (with->portage.gross, ==, r->portage.gross);
  for (int i = PS_STATUS_CDI; i < PS_N_STATUSES; i++)
    g_assert_cmpfloat (with->statuses[i].net_after_tax_yearly, ==, plain->statuses[i].net_after_tax_yearly);
  /* the best picked again: never an unusable one */
  g_assert_true (!with->has_best || with->statuses[with->best].eligible);

  /* no current offer: the scenario's own terms, as compare */
  f.current_offer = -1;
  ps_scenario_file_compute (&f, p, with);
  g_assert_cmpfloat (with->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, plain->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  g_assert_null (with->portage_inputs.bands);
}

/* Micro, SASU and EURL get "the health budget of portage's payslip": with
 * an offer whose firm pays a mutuelle of 90 € (not the scenario's 40 €),
 * that is the offer's payslip's, and they are what they are when that
 * budget is given by hand (--health-budget-yearly). */
static void
test_current_offer_health_budget (void)
{
  const PsParams *p = ps_test_params (DATE);
  g_autofree PsComparison *plain = g_new0 (PsComparison, 1);
  g_autofree PsComparison *with = g_new0 (PsComparison, 1);
  g_autofree PsComparison *by_hand = g_new0 (PsComparison, 1);
  PsScenarioFile f;
  PsScenario s;

  load (&f, two_offers);
  g_assert_cmpint (f.current_offer, ==, 1);
  ps_scenario_file_compute (&f, p, with);
  ps_comparison_compute (p, &f.scenario, plain);

  /* the whole premium, both shares, is in the payslip's health lines: 90 € × 12
   * more than the scenario's 40 € × 12 (the prévoyance besides) */
  g_assert_cmpfloat_with_epsilon (with->health_yearly, ps_health_payslip_yearly (&with->portage.payslip), 1e-9);
  g_assert_cmpfloat_with_epsilon (with->health_yearly - plain->health_yearly,
                                  (90 - 40) * 12 + (ps_health_payslip_yearly (&with->portage.payslip) - 90 * 12)
                                  - (ps_health_payslip_yearly (&plain->portage.payslip) - 40 * 12), 1e-6);
  g_assert_cmpfloat (with->health_yearly, >, plain->health_yearly + 500);
  for (int i = PS_STATUS_MICRO; i < PS_N_STATUSES; i++)
    g_assert_cmpfloat_with_epsilon (with->statuses[i].health_yearly, with->health_yearly, 1e-6);

  s = f.scenario;
  s.health_yearly = with->health_yearly;
  ps_comparison_compute (p, &s, by_hand);
  for (int i = PS_STATUS_MICRO; i < PS_N_STATUSES; i++)
    g_assert_cmpfloat (with->statuses[i].net_after_tax_yearly, ==, by_hand->statuses[i].net_after_tax_yearly);
  g_assert_cmpint (with->has_best, ==, TRUE);
  g_assert_true (with->statuses[with->best].eligible);

  /* a budget given by hand stays as given */
  f.scenario.health_yearly = 1000;
  ps_scenario_file_compute (&f, p, with);
  g_assert_cmpfloat (with->health_yearly, ==, 1000);
  g_assert_cmpfloat (with->statuses[PS_STATUS_MICRO].health_yearly, ==, 1000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/scenario-offers/read", test_read);
  g_test_add_func ("/ps/scenario-offers/roundtrip", test_roundtrip);
  g_test_add_func ("/ps/scenario-offers/save-keeps-unknown-keys", test_save_keeps_unknown_keys);
  g_test_add_func ("/ps/scenario-offers/errors", test_errors);
  g_test_add_func ("/ps/scenario-offers/helpers", test_helpers);
  g_test_add_func ("/ps/scenario-offers/current-offer", test_current_offer_drives_portage);
  g_test_add_func ("/ps/scenario-offers/current-offer-health-budget", test_current_offer_health_budget);
  return g_test_run ();
}
