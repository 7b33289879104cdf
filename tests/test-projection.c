/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The years ahead (issue 14): the steady year is the one-year comparison;
 * the ACRE the first year only; the micro regime lost after two
 * consecutive years above its ceiling (CGI art. 102 ter); the TNS
 * provisional contributions and their regularisation add up to what is
 * due; dividends and the réserve paid when they are. */
#include "config.h"

#include <math.h>

#include "ps-projection.h"
#include "ps-test-utils.h"

static PsRates *
rates_2026 (void)
{
  g_autoptr (GError) error = NULL;
  PsRates *rates = ps_rates_new_embedded (2026, &error);

  g_assert_no_error (error);
  return rates;
}

static void
project (PsScenario               *s,
         const PsProjectionInputs *in,
         PsProjection             *out)
{
  g_autoptr (PsRates) rates = rates_2026 ();
  g_autoptr (GError) error = NULL;

  g_assert_true (ps_projection_compute (rates, s, PS_DATE (2026, 3, 1), in, out, &error));
  g_assert_no_error (error);
}

/* Year one, without ACRE, is the comparison of that date. */
static void
test_steady_year (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 480;
  s.days_per_year = 200;
  ps_projection_inputs_init (&in);
  project (&s, &in, out);
  ps_comparison_compute (p, &s, c);
  g_assert_cmpint (out->n_years, ==, 3);
  for (int k = 0; k < PS_N_STATUSES; k++)
    g_assert_cmpfloat_with_epsilon (out->years[k][0].net_accrued, c->statuses[k].net_after_tax_yearly, 1e-6);
  /* portage with 12-month missions: the réserve is paid within the year */
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][0].cash,
                                  c->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly, 1e-6);
  /* the CDI: cash is the net */
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_CDI][0].cash,
                                  c->statuses[PS_STATUS_CDI].net_after_tax_yearly, 1e-6);
  /* 2027 has no rates file: 2026's indexed by the last change of the PASS,
   * 48 060 / 47 100 − 1 (arrêtés of 23/12/2024 and 22/12/2025) */
  g_assert_cmpfloat_with_epsilon (out->indexation_rate, 48060.0 / 47100 - 1, 1e-12);
  g_assert_cmpint (out->years[PS_STATUS_CDI][1].year, ==, 2027);
}

/* The ACRE the first year only, when eligible (2026: LFSS 2026 art. 23):
 * the micro's contributions at 75 % of the rate from 1 July 2026, 50 %
 * before (décret 2026-69). */
static void
test_acre (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  g_autofree PsProjection *not = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 300;
  s.days_per_year = 200;   /* 60 000 €: under the ceiling */
  ps_projection_inputs_init (&in);
  in.indexation_rate = 0;
  project (&s, &in, not);
  s.acre_eligible = TRUE;
  project (&s, &in, out);
  g_assert_true (out->years[PS_STATUS_MICRO][0].acre);
  g_assert_false (out->years[PS_STATUS_MICRO][1].acre);
  g_assert_false (not->years[PS_STATUS_MICRO][0].acre);
  /* more net the first year, the same after */
  g_assert_cmpfloat (out->years[PS_STATUS_MICRO][0].net_accrued, >, not->years[PS_STATUS_MICRO][0].net_accrued + 1000);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_MICRO][1].net_accrued,
                                  not->years[PS_STATUS_MICRO][1].net_accrued, 1e-6);
}

/* Above the ceiling (83 600 € for 2026–2028) every year: still micro the
 * first two years, the réel from the third. */
static void
test_micro_two_years (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;   /* 110 000 € */
  ps_projection_inputs_init (&in);
  in.years = 4;
  project (&s, &in, out);
  g_assert_true (out->years[PS_STATUS_MICRO][0].micro_regime);
  g_assert_true (out->years[PS_STATUS_MICRO][1].micro_regime);
  g_assert_false (out->years[PS_STATUS_MICRO][2].micro_regime);
  g_assert_false (out->years[PS_STATUS_MICRO][3].micro_regime);
  /* au réel it is no longer a micro-entreprise: not usable, never the leader */
  g_assert_true (out->years[PS_STATUS_MICRO][1].usable);
  g_assert_false (out->years[PS_STATUS_MICRO][2].usable);
  /* the two years in the regime are above the ceiling: tolerated only */
  for (int y = 0; y < 4; y++)
    g_assert_true (out->years[PS_STATUS_MICRO][y].above_ceiling);
  g_assert_false (out->years[PS_STATUS_MICRO][3].usable);
  g_assert_cmpint (out->leader[2], !=, PS_STATUS_MICRO);
  g_assert_cmpint (out->leader[3], !=, PS_STATUS_MICRO);
  for (int k = 0; k < PS_N_STATUSES; k++)
    g_assert_cmpint (out->overtakes[PS_STATUS_MICRO][k], <, 3);
  /* the réel costs more than the micro's flat rate at this revenue */
  g_assert_cmpfloat (out->years[PS_STATUS_MICRO][2].net_accrued, <, out->years[PS_STATUS_MICRO][1].net_accrued);

  /* above it one year only: the regime stays */
  s.tjm = 300;
  in.years = 3;
  project (&s, &in, out);
  for (int y = 0; y < 3; y++)
    g_assert_true (out->years[PS_STATUS_MICRO][y].micro_regime);
  /* 300 € × 200 days = 60 000 €, under the ceiling: never above */
  for (int y = 0; y < 3; y++)
    g_assert_false (out->years[PS_STATUS_MICRO][y].above_ceiling);
}

/* The indépendant's provisional calls: the first year on the flat base
 * (19 % of the PASS, CSS art. D131-1: 3 593 € in 2026, by hand in
 * test-cashflow.c); from the second year recalculated on the year before's
 * income once it is declared (CSS art. L131-6-2, al. 1: « recalculé sur la
 * base du revenu d'activité de l'année précédente dès que ce revenu est
 * connu »), so a steady income leaves no regularisation from year 2 on. */
static void
test_tns_second_year (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  const PsProjectionYear *y = out->years[PS_STATUS_EURL];
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 600;
  s.days_per_year = 210;
  s.eurl_ir = TRUE;
  ps_projection_inputs_init (&in);
  in.years = 3;
  in.indexation_rate = 0;         /* the same parameters each year */
  in.tjm_growth_rate = 0;
  in.cfe.rate = 0;                /* no CFE: the same income each year */
  project (&s, &in, out);
  g_assert_cmpfloat_with_epsilon (y[0].contributions_paid, 3593, 1e-6);
  g_assert_cmpfloat_with_epsilon (y[1].contributions_due, y[0].contributions_due, 1e-6);
  /* year 2: its calls on year 1's income, and year 1's regularisation */
  g_assert_cmpfloat_with_epsilon (y[1].contributions_paid,
                                  y[0].contributions_due + (y[0].contributions_due - 3593), 1e-6);
  /* year 3: nothing to regularise for year 2 */
  g_assert_cmpfloat_with_epsilon (y[2].contributions_paid, y[1].contributions_due, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->owed_after[PS_STATUS_EURL], 0, 1e-6);
}

/* The TNS provisional calls and their regularisation add up to the
 * contributions due on the final income (CSS L131-6-2): what was paid by
 * the end, plus the last regularisation, is what was due. */
static void
test_tns_regularisation (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;
  double due = 0, paid = 0, last_regularisation;

  ps_scenario_init (&s, p);
  s.tjm = 600;
  s.days_per_year = 210;
  s.eurl_ir = TRUE;
  ps_projection_inputs_init (&in);
  in.years = 5;
  in.tjm_growth_rate = 0.03;
  project (&s, &in, out);
  for (int y = 0; y < 5; y++)
    {
      due += out->years[PS_STATUS_EURL][y].contributions_due;
      paid += out->years[PS_STATUS_EURL][y].contributions_paid;
    }
  last_regularisation = -out->owed_after[PS_STATUS_EURL];
  g_assert_cmpfloat_with_epsilon (paid + last_regularisation, due, 1e-6);
  /* the first year's call is on the flat base: less than what is due */
  g_assert_cmpfloat (out->years[PS_STATUS_EURL][0].contributions_paid, <,
                     out->years[PS_STATUS_EURL][0].contributions_due);
  /* and the cash of the years adds up to the nets, but for what is owed */
  {
    double accrued = 0;

    for (int y = 0; y < 5; y++)
      accrued += out->years[PS_STATUS_EURL][y].net_accrued;
    g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_EURL][4].cumulative_cash + out->owed_after[PS_STATUS_EURL],
                                    accrued, 1e-6);
  }
}

/* Dividends are paid the year after the profit; a réserve of 18-month
 * missions is paid at month 18 and 36. */
static void
test_timing (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;
  double reserve_month;

  ps_scenario_init (&s, p);
  s.tjm = 650;
  s.days_per_year = 200;
  s.sasu_salary_yearly = 0;   /* dividends only */
  ps_projection_inputs_init (&in);
  in.indexation_rate = 0;
  in.mission_months = 18;
  project (&s, &in, out);
  /* the SASU: no dividends the first year, last year's the second */
  g_assert_cmpfloat (out->years[PS_STATUS_SASU][0].cash, <, out->years[PS_STATUS_SASU][0].net_accrued - 10000);
  g_assert_cmpfloat (out->owed_after[PS_STATUS_SASU], >, 10000);
  /* portage: nothing of the réserve the first year; 18 months of it at
   * month 18 */
  {
    g_autofree PsComparison *c = g_new (PsComparison, 1);

    ps_comparison_compute (p, &s, c);
    reserve_month = c->portage.reserve_net_after_tax;
    g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][0].cash,
                                    (c->portage.net_after_tax + MIN (0.0, c->portage.envelope)) * 12, 1e-6);
  }
  g_assert_cmpfloat (reserve_month, >, 100);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][1].cash - out->years[PS_STATUS_PORTAGE][0].cash,
                                  18 * reserve_month, 1e-6);
  /* month 36: the next 18 months */
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][2].cash - out->years[PS_STATUS_PORTAGE][0].cash,
                                  18 * reserve_month, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->owed_after[PS_STATUS_PORTAGE], 0, 1e-6);
}

/* What each year protects: portage's gross above 4 × 150 × 12,02 € =
 * 7 212 € validates 4 quarters a year (CSS R351-9); its Agirc-Arrco points
 * are (T1 × 6,20 % + T2 × 17 %) ÷ 20,1877 € (ANI 17/11/2017, Agirc-Arrco
 * 17/10/2025), and the pension they buy × 1,4386 €; the cumulative figures
 * add the years up. A SASU paying no salary validates nothing. */
static void
test_rights_per_year (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;
  double gross, pass = 48060, points;

  ps_scenario_init (&s, p);
  s.tjm = 550;
  s.days_per_year = 200;
  s.sasu_salary_yearly = 0;
  ps_projection_inputs_init (&in);
  in.years = 3;
  project (&s, &in, out);
  ps_comparison_compute (p, &s, c);

  /* the réserve is salary paid with its contributions: points on it too */
  gross = (c->portage.gross + c->portage.reserve) * 12;
  g_assert_cmpfloat (c->portage.reserve, >, 0);
  g_assert_cmpfloat (gross, >, 7212);
  points = (MIN (gross, pass) * 0.062 + MAX (0.0, MIN (gross, 8 * pass) - pass) * 0.17) / 20.1877;
  g_assert_cmpint (out->years[PS_STATUS_PORTAGE][0].quarters, ==, 4);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][0].points, points, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][0].pension_accrued, points * 1.4386, 1e-6);
  g_assert_cmpint (out->years[PS_STATUS_PORTAGE][2].cumulative_quarters, ==, 12);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_PORTAGE][2].cumulative_points,
                                  out->years[PS_STATUS_PORTAGE][0].points + out->years[PS_STATUS_PORTAGE][1].points
                                  + out->years[PS_STATUS_PORTAGE][2].points, 1e-6);
  for (int y = 0; y < 3; y++)
    {
      g_assert_cmpint (out->years[PS_STATUS_SASU][y].quarters, ==, 0);
      g_assert_cmpfloat (out->years[PS_STATUS_SASU][y].points, ==, 0);
    }
}

/* "a overtakes b in year Y": a's cumulative cash is above b's from Y to
 * the last year, and was not the year before. */
static void
test_overtakes (void)
{
  const PsParams *p = ps_test_params ("2026-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 650;
  s.days_per_year = 210;
  ps_projection_inputs_init (&in);
  in.years = 5;
  in.tjm_growth_rate = 0.03;
  project (&s, &in, out);
  for (int a = 0; a < PS_N_STATUSES; a++)
    for (int b = 0; b < PS_N_STATUSES; b++)
      {
        int y = out->overtakes[a][b];

        if (a == b || y == 0)
          continue;
        g_assert_cmpint (y, >=, 2);
        g_assert_cmpfloat (out->years[a][y - 2].cumulative_cash, <=, out->years[b][y - 2].cumulative_cash);
        for (int k = y - 1; k < out->n_years; k++)
          g_assert_cmpfloat (out->years[a][k].cumulative_cash, >, out->years[b][k].cumulative_cash);
      }
}

/* From 2025: the second year reads the 2026 file, the later ones are
 * 2026's indexed (its parameters kept after the year that read them). */
static void
test_from_2025 (void)
{
  g_autoptr (PsRates) rates = ps_rates_new_embedded (2025, NULL);
  const PsParams *p = ps_test_params ("2025-03-01");
  g_autofree PsProjection *out = g_new (PsProjection, 1);
  g_autoptr (GError) error = NULL;
  PsProjectionInputs in;
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = 480;
  s.days_per_year = 200;
  ps_projection_inputs_init (&in);
  in.years = 5;
  in.indexation_rate = 0;
  g_assert_true (ps_projection_compute (rates, &s, PS_DATE (2025, 3, 1), &in, out, &error));
  g_assert_no_error (error);
  g_assert_cmpint (out->years[PS_STATUS_CDI][4].year, ==, 2029);
  /* indexed by 0 from 2026: the CDI's net stays that of 2026 */
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_CDI][2].net_accrued, out->years[PS_STATUS_CDI][1].net_accrued, 1e-6);
  g_assert_cmpfloat_with_epsilon (out->years[PS_STATUS_CDI][4].net_accrued, out->years[PS_STATUS_CDI][1].net_accrued, 1e-6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/ps/projection/steady-year", test_steady_year);
  g_test_add_func ("/ps/projection/acre", test_acre);
  g_test_add_func ("/ps/projection/micro-two-years", test_micro_two_years);
  g_test_add_func ("/ps/projection/tns-second-year", test_tns_second_year);
  g_test_add_func ("/ps/projection/tns-regularisation", test_tns_regularisation);
  g_test_add_func ("/ps/projection/timing", test_timing);
  g_test_add_func ("/ps/projection/rights-per-year", test_rights_per_year);
  g_test_add_func ("/ps/projection/overtakes", test_overtakes);
  g_test_add_func ("/ps/projection/from-2025", test_from_2025);
  return g_test_run ();
}
