/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Portage offers (issue 11): each fee model against amounts worked by
 * hand, the bands' boundaries, a floor and a cap that bind; an offer that
 * says nothing is the comparison's portage exactly; a bad offer file is
 * refused with its key named. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-offer.h"
#include "ps-test-utils.h"

static void
load (PsOffer    *o,
      const char *json)
{
  g_autoptr (GError) error = NULL;

  ps_offer_init (o, "test");
  if (!ps_offer_from_json (o, json, strlen (json), &error))
    g_error ("%s: %s", json, error->message);
}

/* the fee of @o for a month of @revenue */
static double
fee (const PsOffer *o,
     double         revenue)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsScenario s;
  PsOfferResult r;

  ps_scenario_init (&s, p);
  s.tjm = revenue / 20;
  s.days_per_year = 240;   /* 20 days a month */
  ps_offer_compute (p, &s, o, &r);
  return ps_portage_fee (&r.inputs, revenue);
}

static void
test_fee_models (void)
{
  PsOffer o;

  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 7}}");
  g_assert_cmpfloat_with_epsilon (fee (&o, 11000), 770, 1e-9);

  /* tiered 10 / 9 / 7 %, each band at its rate: 8 000 × 10 % + 3 000 × 9 % */
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 8000, \"pct\": 10},"
            " {\"upto\": 12000, \"pct\": 9}, {\"upto\": null, \"pct\": 7}]}}");
  g_assert_true (o.bands.marginal);
  g_assert_cmpfloat_with_epsilon (fee (&o, 11000), 800 + 270, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 8000), 800, 1e-9);       /* the boundary: all in band 1 */
  g_assert_cmpfloat_with_epsilon (fee (&o, 12000), 800 + 360, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 15000), 800 + 360 + 210, 1e-9);

  /* the whole revenue at the rate of the band it reaches */
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands_marginal\": false, \"bands\": [{\"upto\": 8000, \"pct\": 10},"
            " {\"upto\": 12000, \"pct\": 9}, {\"upto\": null, \"pct\": 7}]}}");
  g_assert_cmpfloat_with_epsilon (fee (&o, 11000), 990, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 8000), 800, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 8000.01), 8000.01 * 0.09, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 15000), 1050, 1e-9);

  /* 3 % with a floor of 200 € and a cap of 500 € a month: both bind */
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 3, \"floor_monthly\": 200, \"cap_monthly\": 500}}");
  g_assert_cmpfloat_with_epsilon (fee (&o, 5000), 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 10000), 300, 1e-9);
  g_assert_cmpfloat_with_epsilon (fee (&o, 20000), 500, 1e-9);

  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}");
  g_assert_cmpfloat_with_epsilon (fee (&o, 11000), 99, 1e-9);
}

/* An offer that says nothing is the comparison's portage. */
static void
test_same_as_compare (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  PsScenario s;
  PsOffer o;
  PsOfferResult r;

  ps_scenario_init (&s, p);
  s.tjm = 620;
  s.days_per_year = 205;
  ps_comparison_compute (p, &s, c);
  load (&o, "{\"format\": 1}");
  ps_offer_compute (p, &s, &o, &r);
  g_assert_cmpfloat (r.status.net_after_tax_yearly, ==, c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  g_assert_cmpfloat (r.portage.gross, ==, c->portage.gross);
  g_assert_cmpfloat (r.fee_yearly, ==, c->portage.fees * 12);
  /* the same terms written out */
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 7}, \"contract\": \"cdi\", \"reserve\": true,"
            " \"employer\": {\"headcount\": 250, \"atmp_pct\": 0.64, \"vm_pct\": 0, \"mutuelle_monthly\": 40,"
            " \"mutuelle_employer_pct\": 50}}");
  ps_offer_compute (p, &s, &o, &r);
  g_assert_cmpfloat_with_epsilon (r.status.net_after_tax_yearly, c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, 1e-9);
}

/* Extras and the advance come out of the revenue like the fee. */
static void
test_extras_and_advance (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;
  PsOffer o;
  PsOfferResult plain, extras, advance;
  double revenue;

  ps_scenario_init (&s, p);
  s.tjm = 600;
  s.days_per_year = 216;   /* 18 days a month */
  revenue = 600 * 18;
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 3}}");
  ps_offer_compute (p, &s, &o, &plain);
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 3}, \"extras_monthly\": 150}");
  ps_offer_compute (p, &s, &o, &extras);
  g_assert_cmpfloat_with_epsilon (plain.portage.available - extras.portage.available, 150, 1e-9);
  g_assert_cmpfloat_with_epsilon (extras.extras_yearly, 1800, 1e-9);
  g_assert_cmpfloat (extras.portage.gross, <, plain.portage.gross);
  /* 100 % advanced at 1 % a month, paid at 45 days: 1.5 % of the revenue */
  load (&o, "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 3},"
            " \"advance\": {\"share_pct\": 100, \"cost_pct_per_month\": 1, \"payment_delay_days\": 45}}");
  ps_offer_compute (p, &s, &o, &advance);
  g_assert_cmpfloat_with_epsilon (advance.inputs.advance_cost_monthly, revenue * 0.015, 1e-9);
  g_assert_cmpfloat_with_epsilon (plain.portage.available - advance.portage.available, revenue * 0.015, 1e-9);
}

static void
test_side_by_side (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsScenario s;
  PsOffer offers[3];
  PsOfferResult r[3];

  ps_scenario_init (&s, p);
  s.tjm = 700;
  s.days_per_year = 210;
  load (&offers[0], "{\"format\": 1, \"name\": \"7 %\", \"fee\": {\"model\": \"percent\", \"pct\": 7}}");
  load (&offers[1], "{\"format\": 1, \"name\": \"flat\", \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99}}");
  load (&offers[2], "{\"format\": 1, \"name\": \"3 % + 150\", \"fee\": {\"model\": \"percent\", \"pct\": 3}, \"extras_monthly\": 150}");
  ps_offers_compare (p, &s, offers, 3, r);
  g_assert_true (r[1].best);
  g_assert_false (r[0].best);
  g_assert_cmpfloat (r[1].vs_best_yearly, ==, 0);
  g_assert_cmpfloat (r[0].vs_best_yearly, <, 0);
  g_assert_cmpfloat (r[2].vs_best_yearly, <, 0);
  g_assert_cmpfloat (r[0].vs_best_yearly, <, r[2].vs_best_yearly);
}

static void
test_bad_offers (void)
{
  static const struct { const char *json; const char *key; const char *what; } cases[] = {
    { "{\"format\": 2}", "format" },
    { "{\"format\": 1, \"fee\": {\"model\": \"percent\"}}", "fee.pct" },
    { "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 120}}", "fee.pct" },
    { "{\"format\": 1, \"fee\": {\"model\": \"weird\", \"pct\": 5}}", "fee.model" },
    { "{\"format\": 1, \"fee\": {\"model\": \"flat\"}}", "fee.flat_monthly" },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 9000, \"pct\": 10}, {\"upto\": 8000, \"pct\": 9}, {\"upto\": null, \"pct\": 7}]}}", "fee.bands[1].upto", "must be above" },
    /* a finite bound on the last band would be ignored: refused */
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 8000, \"pct\": 10}, {\"upto\": 12000, \"pct\": 7}]}}", "fee.bands[1].upto", "last band" },
    /* a middle band without its bound: which band, and what is missing */
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 8000, \"pct\": 10}, {\"pct\": 9}, {\"upto\": null, \"pct\": 7}]}}", "fee.bands[1].upto", "missing" },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": null, \"pct\": 10}, {\"pct\": 9}]}}", "fee.bands[0].upto", "missing" },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 8000}, {\"pct\": 9}]}}", "fee.bands[0].pct", "missing" },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": 8000, \"pct\": 10, \"rate\": 1}, {\"pct\": 9}]}}", "fee.bands[0].rate", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": [{\"upto\": \"8000\", \"pct\": 10}, {\"pct\": 9}]}}", "fee.bands[0].upto", NULL },
    /* a floor above the cap */
    { "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 7, \"floor_monthly\": 500, \"cap_monthly\": 300}}", "fee.floor_monthly", "fee.cap_monthly" },
    /* keys the fee model doesn't use */
    { "{\"format\": 1, \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99, \"pct\": 5}}", "fee.pct", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"pct\": 5, \"bands\": [{\"pct\": 9}]}}", "fee.pct", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 5, \"flat_monthly\": 99}}", "fee.flat_monthly", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"percent-net\", \"pct\": 5, \"flat_monthly\": 0}}", "fee.flat_monthly", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99, \"floor_monthly\": 50}}", "fee.floor_monthly", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"flat\", \"flat_monthly\": 99, \"cap_monthly\": 150}}", "fee.cap_monthly", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"percent\", \"pct\": 5, \"bands_marginal\": true}}", "fee.bands_marginal", NULL },
    { "{\"format\": 1, \"fee\": {\"model\": \"tiered\", \"bands\": []}}", "fee.bands" },
    { "{\"format\": 1, \"extras_monthly\": -5}", "extras_monthly" },
    { "{\"format\": 1, \"employer\": {\"vm_pct\": 9}}", "employer.vm_pct" },
    { "{\"format\": 1, \"employer\": {\"vm_city\": \"toulouse\"}}", "employer.vm_city", "toulouse" },
    { "{\"format\": 1, \"employer\": {\"vm_city\": 3}}", "employer.vm_city", "paris" },
    { "{\"format\": 1, \"employer\": {\"vm_city\": \"lyon\", \"vm_pct\": 2}}", "employer.vm_city", "vm_pct" },
    { "{\"format\": 1, \"employer\": {\"prevoyance_pct\": 25}}", "employer.prevoyance_pct" },
    { "{\"format\": 1, \"employer\": {\"prevoyance_monthly\": -1}}", "employer.prevoyance_monthly" },
    { "{\"format\": 1, \"employer\": {\"prevoyance_employer_pct\": 50}}", "employer.prevoyance_employer_pct", "prevoyance_pct" },
    { "{\"format\": 1, \"contract\": \"interim\"}", "contract" },
    { "{\"format\": 1, \"fees\": {}}", "fees" },
    { "{\"format\": 1, \"advance\": {\"share\": 50}}", "advance.share" },
    { "{\"format\": 1, \"name\": \"a\", \"name\": \"b\"}", "name" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      PsOffer o;

      ps_offer_init (&o, "x");
      if (ps_offer_from_json (&o, cases[i].json, strlen (cases[i].json), &error))
        g_error ("accepted: %s", cases[i].json);
      if (strstr (error->message, cases[i].key) == NULL)
        g_error ("%s: “%s” does not name %s", cases[i].json, error->message, cases[i].key);
      if (cases[i].what != NULL && strstr (error->message, cases[i].what) == NULL)
        g_error ("%s: “%s” does not say %s", cases[i].json, error->message, cases[i].what);
    }
}

/* The example offers shipped in data/offers are valid. */
static void
test_examples (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "offers", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  int n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr (GError) error = NULL;
      PsOffer o;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      ps_offer_init (&o, NULL);
      g_assert_true (ps_offer_load (&o, path, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (o.name, !=, "");
      n++;
    }
  g_assert_cmpint (n, >=, 5);
}

/* The firm's city and prévoyance are read, written back the same, and
 * used: the city's rate from the rates, the contract in the payslip. */
static void
test_city_and_prevoyance (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  static const char *json = "{\"format\": 1, \"name\": \"x\", \"employer\": {\"vm_city\": \"lyon\","
                            " \"prevoyance_pct\": 3, \"prevoyance_employer_pct\": 80}}";
  g_autofree char *back = NULL;
  PsOffer o, again;
  PsScenario s;
  PsOfferResult r;
  gboolean found = FALSE;

  load (&o, json);
  back = ps_offer_to_json (&o);
  load (&again, back);
  g_assert_cmpint (again.vm_city, ==, PS_VM_LYON + 1);
  g_assert_cmpfloat (again.profile.prevoyance_rate, ==, 0.03);
  g_assert_cmpfloat (again.profile.prevoyance_employer_rate, ==, 0.8);
  g_assert_true (isnan (again.profile.prevoyance_monthly));
  g_assert_true (isnan (again.profile.vm_rate));

  ps_scenario_init (&s, p);
  s.tjm = 600;
  s.days_per_year = 216;
  ps_offer_compute (p, &s, &o, &r);
  g_assert_cmpfloat (r.inputs.profile.vm_rate, ==, p->vm_city_rate[PS_VM_LYON]);
  g_assert_cmpfloat (r.inputs.profile.vm_rate, ==, 0.02);
  /* the payslip's line for the contract: 3 % of T1, 80 % by the firm,
   * above the 1.5 % minimum (the gross is above the PMSS) */
  g_assert_cmpfloat (r.portage.gross, >, p->pss_monthly);
  for (int k = 0; k < r.portage.payslip.n_lines; k++)
    if (g_str_equal (r.portage.payslip.lines[k].id, "prevoyance_firm"))
      {
        g_assert_cmpfloat_with_epsilon (r.portage.payslip.lines[k].employer, p->pss_monthly * (0.03 * 0.8 - 0.015), 1e-9);
        g_assert_cmpfloat_with_epsilon (r.portage.payslip.lines[k].employee, p->pss_monthly * 0.03 * 0.2, 1e-9);
        found = TRUE;
      }
  g_assert_true (found);

  /* "none": no versement mobilité */
  load (&o, "{\"format\": 1, \"employer\": {\"vm_city\": \"none\"}}");
  g_assert_cmpint (o.vm_city, ==, 0);
  g_assert_cmpfloat (o.profile.vm_rate, ==, 0);
  g_assert_cmpint (ps_offer_vm_source (p, &o, NULL), ==, PS_OFFER_VM_RATE);

  /* which rate is used (the editor shows it): the city's, whatever rate
   * the offer holds besides (the editor sets one, then the other), then
   * a rate given, then the scenario's */
  load (&o, "{\"format\": 1, \"employer\": {\"vm_city\": \"paris\"}}");
  o.profile.vm_rate = 0.01;
  {
    double rate;

    g_assert_cmpint (ps_offer_vm_source (p, &o, &rate), ==, PS_OFFER_VM_CITY);
    /* Paris and the petite couronne: 3.20 % (Île-de-France Mobilités, 2025) */
    g_assert_cmpfloat_with_epsilon (rate, 0.032, 1e-12);
    ps_offer_compute (p, &s, &o, &r);
    g_assert_cmpfloat (r.inputs.profile.vm_rate, ==, rate);
    load (&o, "{\"format\": 1, \"employer\": {\"vm_pct\": 1.5}}");
    g_assert_cmpint (ps_offer_vm_source (p, &o, &rate), ==, PS_OFFER_VM_RATE);
    g_assert_cmpfloat (rate, ==, 0.015);
    load (&o, "{\"format\": 1, \"employer\": {\"headcount\": 60}}");
    g_assert_cmpint (ps_offer_vm_source (p, &o, &rate), ==, PS_OFFER_VM_SCENARIO);
    g_assert_true (isnan (rate));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/offer/fee-models", test_fee_models);
  g_test_add_func ("/ps/offer/same-as-compare", test_same_as_compare);
  g_test_add_func ("/ps/offer/extras-and-advance", test_extras_and_advance);
  g_test_add_func ("/ps/offer/side-by-side", test_side_by_side);
  g_test_add_func ("/ps/offer/bad-offers", test_bad_offers);
  g_test_add_func ("/ps/offer/examples", test_examples);
  g_test_add_func ("/ps/offer/city-and-prevoyance", test_city_and_prevoyance);
  return g_test_run ();
}
