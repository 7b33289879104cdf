/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Editing offers (ps-offer-edit, the window's Offers view): a field typed
 * is refused out of the offer format's range, with the field named, and
 * the offer left as it was; an offer written as JSON reads back the same;
 * the current offer in a comparison is that offer's portage; the sweep
 * is that offer at each day rate; the lines where offers differ. */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ps-offer-edit.h"
#include "ps-test-utils.h"

static const PsParams *
params (void)
{
  return ps_test_params ("2026-03-01");
}

/* the same name, and every byte after it the same */
static void
assert_same_offer (const PsOffer *a,
                   const PsOffer *b)
{
  gsize after = G_STRUCT_OFFSET (PsOffer, name) + sizeof a->name;

  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpint (memcmp ((const char *) a + after, (const char *) b + after, sizeof *a - after), ==, 0);
}

/* every field: its range is the offer format's (ps_offer_from_json) */
static void
test_field_ranges (void)
{
  static const struct
  {
    PsOfferField field;
    const char  *ok;
    const char  *bad;
    const char  *json_bad;   /* the same value in the file format */
  } cases[] = {
    { PS_OFFER_FIELD_FEE_PCT, "7,5", "101", "{\"format\":1,\"fee\":{\"model\":\"percent\",\"pct\":101}}" },
    { PS_OFFER_FIELD_FEE_FLAT_MONTHLY, "99", "-1", "{\"format\":1,\"fee\":{\"model\":\"flat\",\"flat_monthly\":-1}}" },
    { PS_OFFER_FIELD_EXTRAS_MONTHLY, "150", "100001", "{\"format\":1,\"extras_monthly\":100001}" },
    { PS_OFFER_FIELD_ADVANCE_COST_PCT, "1", "11", "{\"format\":1,\"advance\":{\"cost_pct_per_month\":11}}" },
    { PS_OFFER_FIELD_PAYMENT_DELAY_DAYS, "45", "121", "{\"format\":1,\"advance\":{\"payment_delay_days\":121}}" },
    { PS_OFFER_FIELD_VM_PCT, "3,2", "5.5", "{\"format\":1,\"employer\":{\"vm_pct\":5.5}}" },
    { PS_OFFER_FIELD_ATMP_PCT, "0.64", "31", "{\"format\":1,\"employer\":{\"atmp_pct\":31}}" },
    { PS_OFFER_FIELD_MUTUELLE_MONTHLY, "40", "1001", "{\"format\":1,\"employer\":{\"mutuelle_monthly\":1001}}" },
    { PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT, "55", "0.5", "{\"format\":1,\"quoted_restitution_pct\":0.5}" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GError) json_error = NULL;
      PsOffer o, before, from_file;

      ps_offer_init (&o, "x");
      g_assert_true (ps_offer_set_field_text (&o, cases[i].field, cases[i].ok, &error));
      g_assert_no_error (error);
      before = o;
      g_assert_false (ps_offer_set_field_text (&o, cases[i].field, cases[i].bad, &error));
      g_assert_nonnull (error);
      /* the message names the field as the user sees it */
      g_assert_nonnull (strstr (error->message, ps_offer_field_label (cases[i].field)));
      g_assert_cmpint (memcmp (&o, &before, sizeof o), ==, 0);
      /* the file format refuses it too, naming its key */
      ps_offer_init (&from_file, "x");
      g_assert_false (ps_offer_from_json (&from_file, cases[i].json_bad, strlen (cases[i].json_bad), &json_error));
      g_assert_nonnull (strstr (json_error->message, ps_offer_field_key (cases[i].field)));
    }
}

static void
test_fields (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  PsOffer o;

  ps_offer_init (&o, "x");
  g_assert_cmpint (ps_offer_get_fee (&o), ==, PS_OFFER_FEE_SCENARIO);
  ps_offer_set_fee (&o, PS_OFFER_FEE_PERCENT);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_FEE_PCT, "7,5", &error));
  g_assert_cmpfloat_with_epsilon (o.fee_rate, 0.075, 1e-12);

  /* tiered: the rates, then one limit fewer */
  ps_offer_set_fee (&o, PS_OFFER_FEE_TIERED);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_RATES, "10 / 9 / 7", &error));
  g_assert_false (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_LIMITS, "8000", &error));
  g_clear_error (&error);
  g_assert_false (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_LIMITS, "12000 / 8000", &error));
  g_clear_error (&error);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_LIMITS, "8 000 / 12000", &error));
  g_assert_cmpint (o.bands.n_bands, ==, 3);
  g_assert_cmpfloat (o.bands.upto[0], ==, 8000);
  g_assert_cmpfloat (o.bands.upto[1], ==, 12000);
  g_assert_cmpfloat (o.bands.upto[2], ==, G_MAXDOUBLE);
  g_assert_cmpfloat_with_epsilon (o.bands.rate[1], 0.09, 1e-12);
  text = ps_offer_get_field_text (&o, PS_OFFER_FIELD_BAND_LIMITS);
  g_assert_cmpstr (text, ==, "8000 / 12000");

  /* the profile: empty is the scenario's */
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_VM_PCT, "3.2", &error));
  g_assert_true (o.has_profile);
  g_assert_cmpfloat_with_epsilon (o.profile.vm_rate, 0.032, 1e-12);
  g_assert_true (isnan (o.profile.atmp_rate));
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_VM_PCT, "", &error));
  g_assert_true (isnan (o.profile.vm_rate));
  g_assert_false (ps_offer_set_field_text (&o, PS_OFFER_FIELD_HEADCOUNT, "12.5", &error));
  g_clear_error (&error);
  g_assert_false (ps_offer_set_field_text (&o, PS_OFFER_FIELD_NAME, "  ", &error));
  g_clear_error (&error);

  ps_offer_set_contract (&o, PS_OFFER_CONTRACT_CDD);
  g_assert_true (o.has_contract && o.cdd);
  g_assert_cmpint (ps_offer_get_contract (&o), ==, PS_OFFER_CONTRACT_CDD);
  ps_offer_set_contract (&o, PS_OFFER_CONTRACT_CDI);
  g_assert_cmpint (ps_offer_get_contract (&o), ==, PS_OFFER_CONTRACT_CDI);
  g_assert_false (o.reserve);
}

/* written, read back: the same offer */
static void
test_json_round_trip (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "offers", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  int n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      PsOffer o, back;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      ps_offer_init (&o, NULL);
      g_assert_true (ps_offer_load (&o, path, &error));
      /* everything the editor can set */
      g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_MUTUELLE_MONTHLY, "42.5", &error));
      g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT, "56", &error));
      ps_offer_set_contract (&o, PS_OFFER_CONTRACT_CDI);
      text = ps_offer_to_json_text (&o);
      ps_offer_init (&back, NULL);
      g_assert_true (ps_offer_from_json (&back, text, strlen (text), &error));
      g_assert_no_error (error);
      assert_same_offer (&o, &back);
      n++;
    }
  g_assert_cmpint (n, >=, 5);
}

/* written to a file atomically, loaded back */
static void
test_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("offer-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "o.json", NULL);
  g_autoptr (GError) error = NULL;
  PsOffer o, back;

  ps_offer_init (&o, "Flat");
  ps_offer_set_fee (&o, PS_OFFER_FEE_FLAT);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_FEE_FLAT_MONTHLY, "99", &error));
  g_assert_true (ps_offer_save (&o, path, &error));
  ps_offer_init (&back, NULL);
  g_assert_true (ps_offer_load (&back, path, &error));
  g_assert_no_error (error);
  assert_same_offer (&o, &back);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* the current offer is that offer's portage in the comparison, and the
 * best is chosen again */
static void
test_use_offer (void)
{
  const PsParams *p = params ();
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree PsComparison *plain = g_new0 (PsComparison, 1);
  g_autoptr (GError) error = NULL;
  PsScenario s;
  PsOffer o;
  PsOfferResult r;

  ps_scenario_init (&s, p);
  ps_comparison_compute (p, &s, plain);

  /* an offer that says nothing changes nothing */
  ps_offer_init (&o, "nothing");
  *c = *plain;
  ps_comparison_use_offer (p, &o, c);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==,
                     plain->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
  g_assert_cmpint (c->best, ==, plain->best);

  /* a flat 99 € fee */
  ps_offer_set_fee (&o, PS_OFFER_FEE_FLAT);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_FEE_FLAT_MONTHLY, "99", &error));
  ps_offer_compute (p, &s, &o, &r);
  ps_comparison_use_offer (p, &o, c);
  g_assert_cmpfloat (c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, ==, r.status.net_after_tax_yearly);
  g_assert_cmpfloat (c->portage.fees, ==, 99);

  /* a fee that takes everything: portage can't be used, never best */
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_FEE_FLAT_MONTHLY, "900000", &error));
  ps_comparison_use_offer (p, &o, c);
  g_assert_false (c->statuses[PS_STATUS_PORTAGE].eligible);
  g_assert_true (!c->has_best || c->best != PS_STATUS_PORTAGE);
}

/* the sweep is the offer at each day rate; NAN where it can't be used */
static void
test_sweep (void)
{
  const PsParams *p = params ();
  double out[5];
  PsScenario s;
  PsOffer o;

  ps_scenario_init (&s, p);
  ps_offer_init (&o, "tiered");
  ps_offer_set_fee (&o, PS_OFFER_FEE_TIERED);
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_RATES, "10 / 7", NULL));
  g_assert_true (ps_offer_set_field_text (&o, PS_OFFER_FIELD_BAND_LIMITS, "8000", NULL));
  ps_offer_sweep_usable (p, &s, &o, 100, 900, 5, out);
  for (int i = 0; i < 5; i++)
    {
      PsScenario probe = s;
      PsOfferResult r;

      probe.tjm = 100 + 200 * i;
      ps_offer_compute (p, &probe, &o, &r);
      if (r.status.eligible)
        g_assert_cmpfloat (out[i], ==, r.status.net_after_tax_monthly);
      else
        g_assert_true (isnan (out[i]));
    }
  /* 100 € a day is below the convention's minimum */
  g_assert_true (isnan (out[0]));
  g_assert_false (isnan (out[4]));
}

/* the lines where offers differ, and what each says */
static void
test_differ (void)
{
  const PsParams *p = params ();
  PsOffer o[2];
  PsOfferResult r[2];
  PsScenario s;
  g_autofree char *fee = NULL, *advance = NULL, *contract = NULL;

  ps_scenario_init (&s, p);
  ps_offer_init (&o[0], "a");
  ps_offer_set_fee (&o[0], PS_OFFER_FEE_PERCENT);
  g_assert_true (ps_offer_set_field_text (&o[0], PS_OFFER_FIELD_FEE_PCT, "7", NULL));
  g_assert_true (ps_offer_set_field_text (&o[0], PS_OFFER_FIELD_FEE_FLOOR_MONTHLY, "150", NULL));
  o[1] = o[0];
  g_assert_true (ps_offer_set_field_text (&o[1], PS_OFFER_FIELD_ADVANCE_SHARE_PCT, "100", NULL));
  g_assert_true (ps_offer_set_field_text (&o[1], PS_OFFER_FIELD_ADVANCE_COST_PCT, "1", NULL));
  g_assert_true (ps_offer_set_field_text (&o[1], PS_OFFER_FIELD_PAYMENT_DELAY_DAYS, "45", NULL));
  ps_offers_compare (p, &s, o, 2, r);

  g_assert_false (ps_offers_differ (o, r, 2, PS_OFFER_ASPECT_FEE));
  g_assert_true (ps_offers_differ (o, r, 2, PS_OFFER_ASPECT_ADVANCE));
  g_assert_false (ps_offers_differ (o, r, 2, PS_OFFER_ASPECT_VM));
  g_assert_false (ps_offers_differ (o, r, 1, PS_OFFER_ASPECT_ADVANCE));
  fee = ps_offer_describe (&o[0], &r[0], PS_OFFER_ASPECT_FEE);
  g_assert_cmpstr (fee, ==, "7% of the revenue, at least 150.00\u202f€ a month");
  advance = ps_offer_describe (&o[1], &r[1], PS_OFFER_ASPECT_ADVANCE);
  g_assert_cmpstr (advance, ==, "100% at 1.0% a month, 45 days");
  ps_offer_set_contract (&o[1], PS_OFFER_CONTRACT_CDD);
  ps_offers_compare (p, &s, o, 2, r);
  contract = ps_offer_describe (&o[1], &r[1], PS_OFFER_ASPECT_CONTRACT);
  g_assert_cmpstr (contract, ==, "CDD, 10% end-of-contract indemnity");
  g_assert_true (ps_offers_differ (o, r, 2, PS_OFFER_ASPECT_CONTRACT));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/offer-edit/field-ranges", test_field_ranges);
  g_test_add_func ("/ps/offer-edit/fields", test_fields);
  g_test_add_func ("/ps/offer-edit/json-round-trip", test_json_round_trip);
  g_test_add_func ("/ps/offer-edit/save", test_save);
  g_test_add_func ("/ps/offer-edit/use-offer", test_use_offer);
  g_test_add_func ("/ps/offer-edit/sweep", test_sweep);
  g_test_add_func ("/ps/offer-edit/differ", test_differ);
  return g_test_run ();
}
