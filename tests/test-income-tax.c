/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Expected values are worked out by hand from the CGI (art. 197, 83,
 * 204 H, 223 sexies) with the 2026 parameters of LF 2026; the reference
 * suite checks the same code against the official model. */
#include "config.h"

#include "ps-income-tax.h"
#include "ps-test-utils.h"

static void
test_bareme_single (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  /* (29 579 − 11 600) × 11 % + (30 000 − 29 579) × 30 % */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 30000, 1), 2103.99, 1e-6);
  /* 8 400 × 11 % = 924, décote 897 − 45.25 % × 924 = 478.89 */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 20000, 1), 445.11, 1e-6);
  /* décote larger than the tax */
  g_assert_cmpfloat (ps_income_tax_bareme (p, 15000, 1), ==, 0);
  g_assert_cmpfloat (ps_income_tax_bareme (p, 11600, 1), ==, 0);
  g_assert_cmpfloat (ps_income_tax_bareme (p, 0, 1), ==, 0);
}

static void
test_bareme_household (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  /* couple: twice the tax on half the income */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 60000, 2), 4207.98, 1e-6);
  /* couple + 2 children (3 parts), 100 000 €: the quotient familial
   * advantage is capped at 2 × 1 807 €: 16 207.98 − 3 614 */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 100000, 3), 12593.98, 1e-6);
  /* below the cap: 3 parts on 45 000 € (15 000 per part → 374 × 3) */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 45000, 3),
                                  MAX (0, 1122 - (1483 - 0.4525 * 1122)), 1e-6);
}

static void
test_cehr (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  double base = ps_income_tax_bareme (p, 249999.99, 1);

  /* 3 % of the income above 250 000 € for a single person */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_bareme (p, 300000, 1) - base,
                                  (300000 - 249999.99) * 0.45 + 50000 * 0.03, 1e-4);
}

static void
test_deduction (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  g_assert_cmpfloat (ps_income_tax_salary_deduction (p, 3000), ==, 509);
  g_assert_cmpfloat (ps_income_tax_salary_deduction (p, 50000), ==, 5000);
  g_assert_cmpfloat (ps_income_tax_salary_deduction (p, 200000), ==, 14555);
  g_assert_cmpfloat (ps_income_tax_salary_deduction (ps_test_params ("2025-07-01"), 200000), ==, 14426);
}

static void
test_neutral_grid (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");

  g_assert_cmpfloat (ps_income_tax_neutral_rate (p, 1634.99), ==, 0);
  g_assert_cmpfloat (ps_income_tax_neutral_rate (p, 1635), ==, 0.005);
  g_assert_cmpfloat_with_epsilon (ps_income_tax_neutral_rate (p, 4158.72), 0.138, 1e-12);
  g_assert_cmpfloat_with_epsilon (ps_income_tax_neutral_rate (p, 55557.99), 0.38, 1e-12);
  g_assert_cmpfloat_with_epsilon (ps_income_tax_neutral_rate (p, 1e6), 0.43, 1e-12);
  /* the 2025 grid changed on 1 May */
  g_assert_cmpfloat_with_epsilon (ps_income_tax_neutral_rate (ps_test_params ("2025-04-01"), 1600), 0.005, 1e-12);
  g_assert_cmpfloat (ps_income_tax_neutral_rate (ps_test_params ("2025-05-01"), 1600), ==, 0);
}

static void
test_on_salary (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsTaxSettings s;
  double rate;

  ps_tax_settings_init (&s);
  s.method = PS_TAX_NEUTRAL;
  /* 13.8 % × 4 158.72 × 12 = 6 886.84 → 6 887 € a year */
  g_assert_cmpfloat (ps_income_tax_on_salary (p, &s, 4158.72, &rate), ==, 6887);
  s.method = PS_TAX_RATE;
  s.rate = 0.10;
  g_assert_cmpfloat (ps_income_tax_on_salary (p, &s, 3000, &rate), ==, 3600);
  s.method = PS_TAX_BAREME;
  /* 36 000 − 10 % = 32 400 → 1 977.69 + 2 821 × 30 % */
  g_assert_cmpfloat (ps_income_tax_on_salary (p, &s, 3000, &rate), ==, 2824);
  g_assert_cmpfloat_with_epsilon (rate, (1977.69 + 2821 * 0.30) / 36000, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/income-tax/bareme-single", test_bareme_single);
  g_test_add_func ("/ps/income-tax/bareme-household", test_bareme_household);
  g_test_add_func ("/ps/income-tax/cehr", test_cehr);
  g_test_add_func ("/ps/income-tax/deduction", test_deduction);
  g_test_add_func ("/ps/income-tax/neutral-grid", test_neutral_grid);
  g_test_add_func ("/ps/income-tax/on-salary", test_on_salary);
  return g_test_run ();
}
