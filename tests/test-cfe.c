/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CFE of a consultant without premises (DOMAIN §12.1): the minimum
 * base's bands of CGI art. 1647 D I, their 2025 and 2026 amounts, the
 * 5 000 € exemption, none the year of creation and the base halved the
 * first year taxed (CGI art. 1478 II), the reference revenue (CGI art.
 * 1467 A and 1478 II); and the projection that pays it.
 * https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048833812
 * (CGI art. 1647 D) */
#include "config.h"

#include <math.h>

#include "ps-cfe.h"
#include "ps-projection.h"
#include "ps-test-utils.h"

/* the bands of CGI art. 1647 D I: revenue of the reference period up to
 * 10 000, 32 600, 100 000, 250 000, 500 000 €, and above; the highest
 * base a commune may vote in each, 2026 and 2025 */
static void
test_bands (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  const PsParams *p25 = ps_test_params ("2025-03-01");
  static const struct { double revenue; double max_2026; double max_2025; } cases[] = {
    { 8000, 589, 579 },       { 10000, 589, 579 },     { 10000.01, 1179, 1158 },
    { 20000, 1179, 1158 },    { 32600, 1179, 1158 },   { 60000, 2477, 2433 },
    { 100000, 2477, 2433 },   { 120000, 4129, 4056 },  { 250000, 4129, 4056 },
    { 300000, 5897, 5793 },   { 500000, 5897, 5793 },  { 600000, 7669, 7533 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpfloat (ps_cfe_base_max (p, cases[i].revenue), ==, cases[i].max_2026);
      g_assert_cmpfloat (ps_cfe_base_max (p25, cases[i].revenue), ==, cases[i].max_2025);
    }
  g_assert_cmpfloat (p->cfe_base_min, ==, 247);
  g_assert_cmpfloat (p25->cfe_base_min, ==, 243);
}

/* base × rate; none the year of creation; the base halved the first year
 * taxed; none up to 5 000 € of revenue; a base typed outside the band is
 * brought into it */
static void
test_amount (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  PsCfeInputs in;

  ps_cfe_inputs_init (&in);
  in.rate = 0.30;
  g_assert_cmpfloat (ps_cfe_amount (p, &in, 0, 60000), ==, 0);
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 1, 60000), 2477 / 2.0 * 0.30, 1e-9);
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 2, 60000), 2477 * 0.30, 1e-9);
  g_assert_cmpfloat (ps_cfe_amount (p, &in, 2, 5000), ==, 0);
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 2, 5000.01), 589 * 0.30, 1e-9);
  in.base = 1000;
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 3, 60000), 1000 * 0.30, 1e-9);
  in.base = 100;     /* under the 247 € floor */
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 3, 60000), 247 * 0.30, 1e-9);
  in.base = 9000;    /* above the band's 2 477 € */
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 3, 60000), 2477 * 0.30, 1e-9);
  /* the default rate: the national average, 26,50 % (DGFiP, éléments de
   * référence nationaux de fiscalité directe locale 2021 pour 2022) */
  ps_cfe_inputs_init (&in);
  g_assert_cmpfloat_with_epsilon (ps_cfe_amount (p, &in, 2, 60000), 2477 * 0.265, 1e-9);
}

/* the reference period: the first year of activity for the two years
 * after the creation, then the year before last */
static void
test_reference (void)
{
  g_assert_cmpint (ps_cfe_reference_year (0), ==, -1);
  g_assert_cmpint (ps_cfe_reference_year (1), ==, 0);
  g_assert_cmpint (ps_cfe_reference_year (2), ==, 0);
  g_assert_cmpint (ps_cfe_reference_year (3), ==, 1);
  g_assert_cmpint (ps_cfe_reference_year (4), ==, 2);
}

/* In the projection: none the first year, half the second, all the
 * third; the micro-entrepreneur's net falls by it (no deduction under
 * the micro's flat allowance). */
static void
test_projection (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autoptr (PsRates) rates = ps_rates_new_embedded (2026, NULL);
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  g_autoptr (GError) error = NULL;
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 300;
  s.days_per_year = 200;    /* 60 000 €: band 3 */
  ps_projection_inputs_init (&in);
  in.indexation_rate = 0;
  in.cfe.rate = 0.25;
  g_assert_true (ps_projection_compute (rates, &s, PS_DATE (2026, 3, 1), &in, out, &error));
  g_assert_no_error (error);
  for (int k = PS_STATUS_MICRO; k <= PS_STATUS_EURL; k++)
    {
      g_assert_cmpfloat (out->years[k][0].cfe, ==, 0);
      g_assert_cmpfloat_with_epsilon (out->years[k][1].cfe, 2477 / 2.0 * 0.25, 1e-9);
      g_assert_cmpfloat_with_epsilon (out->years[k][2].cfe, 2477 * 0.25, 1e-9);
    }
  g_assert_cmpfloat (out->years[PS_STATUS_PORTAGE][1].cfe, ==, 0);
  g_assert_cmpfloat (out->years[PS_STATUS_CDI][2].cfe, ==, 0);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_MICRO][1].net_accrued,
                                  out->years[PS_STATUS_MICRO][0].net_accrued - 2477 / 2.0 * 0.25, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_MICRO][2].net_accrued,
                                  out->years[PS_STATUS_MICRO][0].net_accrued - 2477 * 0.25, 1e-6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ps/cfe/bands", test_bands);
  g_test_add_func ("/ps/cfe/amount", test_amount);
  g_test_add_func ("/ps/cfe/reference", test_reference);
  g_test_add_func ("/ps/cfe/projection", test_projection);
  return g_test_run ();
}
