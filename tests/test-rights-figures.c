/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The protection figures of the breakdown, each with its rule and its
 * sources (src/core/ps-rights-figures.c). The figures themselves are
 * tested against published examples in test-rights.c; here: the rule
 * carries the legal constants of the year (150 hours of a SMIC of
 * 12,02 € on 1 January 2026 = 1 803 € a quarter, CSS R351-9; the
 * Agirc-Arrco purchase price 20,1877 € and service value 1,4386 €, EFL
 * and Agirc-Arrco 17/10/2025; the ARE 40,4 % + 13,18 € / 57 %, règlement
 * of the convention of 15/11/2024 and Unédic 25/06/2025; IJSS 50 % ÷ 91,25,
 * CSS R323-4/R323-5), the sources name the articles of the rates file,
 * and a status without a right says why. */
#include "config.h"

#include <string.h>

#include "ps-comparison.h"
#include "ps-money.h"
#include "ps-rights-figures.h"
#include "ps-scenario.h"
#include "ps-test-utils.h"

static void
assert_contains (const char *text,
                 const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” not in “%s”", part, text != NULL ? text : "(null)");
}

typedef struct
{
  PsRates        *rates;
  const PsParams *params;
  PsComparison   *comparison;
  PsRights        rights[PS_N_STATUSES];
  PsRightsFigure  figures[PS_N_STATUSES][PS_N_RIGHTS_FIGURES];
} Fixture;

static void
fixture_setup (Fixture *f,
               double   sasu_salary)
{
  g_autoptr (GError) error = NULL;
  PsScenario s;

  f->rates = ps_rates_new_embedded (2026, &error);
  g_assert_no_error (error);
  f->params = ps_rates_resolve (f->rates, PS_DATE (2026, 7, 1), &error);
  g_assert_no_error (error);
  f->comparison = g_new0 (PsComparison, 1);
  ps_scenario_init (&s, f->params);
  s.tjm = 550;
  s.sasu_salary_yearly = sasu_salary;
  ps_comparison_compute (f->params, &s, f->comparison);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      ps_rights_compute (f->params, f->comparison, i, &f->rights[i]);
      ps_rights_figures (f->params, f->rates, &f->rights[i], f->figures[i]);
    }
}

static void
fixture_teardown (Fixture *f)
{
  for (int i = 0; i < PS_N_STATUSES; i++)
    ps_rights_figures_clear (f->figures[i]);
  g_free (f->comparison);
  ps_rates_unref (f->rates);
}

static void
test_every_figure (void)
{
  Fixture f;

  fixture_setup (&f, PS_SCENARIO_BEST);
  for (int i = 0; i < PS_N_STATUSES; i++)
    for (int k = 0; k < PS_N_RIGHTS_FIGURES; k++)
      {
        const PsRightsFigure *fig = &f.figures[i][k];

        g_assert_cmpint (fig->id, ==, k);
        g_assert_nonnull (fig->title);
        g_assert_cmpuint (strlen (fig->value), >, 0);
        g_assert_cmpuint (strlen (fig->detail), >, 0);
        g_assert_cmpuint (strlen (fig->rule), >, 40);
        /* every figure rests on parameters of the rates file, with their source */
        g_assert_cmpuint (strlen (fig->source), >, 10);
      }
  fixture_teardown (&f);
}

static void
test_rules (void)
{
  Fixture f;
  const PsRightsFigure *portage;

  g_assert_true (ps_test_set_locale ("C.UTF-8"));
  fixture_setup (&f, PS_SCENARIO_BEST);
  portage = f.figures[PS_STATUS_PORTAGE];

  /* 150 × 12,02 € = 1 803 € a quarter (CSS R351-9) */
  assert_contains (portage[PS_RIGHTS_FIGURE_QUARTERS].rule, "1803.00");
  assert_contains (portage[PS_RIGHTS_FIGURE_QUARTERS].rule, "150 hours");
  assert_contains (portage[PS_RIGHTS_FIGURE_QUARTERS].source, "R351-9");
  g_assert_cmpstr (portage[PS_RIGHTS_FIGURE_QUARTERS].value, ==, "4\u00a0of\u00a04");

  /* Agirc-Arrco: 6,20 % / 17 %, 20,1877 € the point, 1,4386 € of pension */
  assert_contains (portage[PS_RIGHTS_FIGURE_PENSION].rule, "6.20");
  assert_contains (portage[PS_RIGHTS_FIGURE_PENSION].rule, "17.00");
  assert_contains (portage[PS_RIGHTS_FIGURE_PENSION].rule, "20.1877");
  assert_contains (portage[PS_RIGHTS_FIGURE_PENSION].rule, "1.4386");
  assert_contains (portage[PS_RIGHTS_FIGURE_PENSION].source, "Agirc-Arrco");

  /* the ARE's formula with the values of 1 July 2025 */
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].rule, "40.40");
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].rule, "13.18");
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].rule, "57.00");
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].rule, "32.13");
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].rule, "182 to 548 days");
  assert_contains (portage[PS_RIGHTS_FIGURE_ARE].source, "convention du 15/11/2024");
  g_assert_false (portage[PS_RIGHTS_FIGURE_ARE].none);

  /* IJSS: 50 % of three months ÷ 91,25, capped at 1,4 SMIC; the legal maintien */
  assert_contains (portage[PS_RIGHTS_FIGURE_SICK_DAILY].rule, "91.25");
  assert_contains (portage[PS_RIGHTS_FIGURE_SICK_DAILY].rule, "1.4 SMIC");
  assert_contains (portage[PS_RIGHTS_FIGURE_SICK_DAILY].source, "R323-4");
  assert_contains (portage[PS_RIGHTS_FIGURE_SICK_MONTH].rule, "90.00");
  assert_contains (portage[PS_RIGHTS_FIGURE_SICK_MONTH].source, "L1226-1");

  /* the indépendants: RCI points, 1/730 of the income */
  assert_contains (f.figures[PS_STATUS_EURL][PS_RIGHTS_FIGURE_PENSION].rule, "21.7260");
  assert_contains (f.figures[PS_STATUS_EURL][PS_RIGHTS_FIGURE_SICK_DAILY].rule, "730");
  assert_contains (f.figures[PS_STATUS_EURL][PS_RIGHTS_FIGURE_SICK_DAILY].source, "D622-7");
  fixture_teardown (&f);
}

static void
test_none_says_why (void)
{
  Fixture f;

  g_assert_true (ps_test_set_locale ("C.UTF-8"));
  /* a SASU paying no salary: no quarter, no point, no ARE, no sick pay */
  fixture_setup (&f, 0);
  g_assert_true (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_QUARTERS].none);
  g_assert_cmpstr (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_QUARTERS].value, ==, "0\u00a0of\u00a04");
  assert_contains (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_QUARTERS].detail, "dividends");
  g_assert_true (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_PENSION].none);
  g_assert_true (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_ARE].none);
  assert_contains (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_ARE].detail, "Unédic");
  g_assert_true (f.figures[PS_STATUS_SASU][PS_RIGHTS_FIGURE_SICK_DAILY].none);

  /* no ARE for a micro-entrepreneur; the ARCE is named with its 60 % */
  g_assert_true (f.figures[PS_STATUS_MICRO][PS_RIGHTS_FIGURE_ARE].none);
  g_assert_cmpstr (f.figures[PS_STATUS_MICRO][PS_RIGHTS_FIGURE_ARE].value, ==, "None");
  assert_contains (f.figures[PS_STATUS_MICRO][PS_RIGHTS_FIGURE_ARE].rule, "ARCE, 60.00");
  assert_contains (f.figures[PS_STATUS_MICRO][PS_RIGHTS_FIGURE_ARE].detail, "not insured");
  fixture_teardown (&f);
}

static void
test_no_rates (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  PsComparison *c = g_new0 (PsComparison, 1);
  PsRightsFigure figures[PS_N_RIGHTS_FIGURES];
  PsRights r;
  PsScenario s;

  ps_scenario_init (&s, p);
  ps_comparison_compute (p, &s, c);
  ps_rights_compute (p, c, PS_STATUS_CDI, &r);
  ps_rights_figures (p, NULL, &r, figures);
  for (int k = 0; k < PS_N_RIGHTS_FIGURES; k++)
    g_assert_cmpstr (figures[k].source, ==, "");
  ps_rights_figures_clear (figures);
  g_free (c);
}

/* Over the results' period: the pension a month is the yearly one's
 * twelfth; a year with the 30-day stop is eleven working months (of the
 * year's net before income tax) and the stop, against the working year;
 * the counts and the daily amounts the same either way. */
static void
test_period (void)
{
  Fixture f;

  fixture_setup (&f, -1);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsRights *r = &f.rights[i];
      const PsStatusResult *st = &f.comparison->statuses[i];
      PsRightsFigure month[PS_N_RIGHTS_FIGURES], year[PS_N_RIGHTS_FIGURES];

      ps_rights_figures_period (f.params, f.rates, r, PS_PERIOD_MONTH, month);
      ps_rights_figures_period (f.params, f.rates, r, PS_PERIOD_YEAR, year);
      if (r->scheme != PS_PENSION_SCHEME_NONE && r->points > 0)
        {
          g_autofree char *m = ps_format_money (r->points * r->point_value / 12);
          g_autofree char *y = ps_format_money (r->points * r->point_value);
          g_autofree char *m_text = g_strdup_printf ("≈\u00a0%s\u00a0a\u00a0month", m);
          g_autofree char *y_text = g_strdup_printf ("≈\u00a0%s\u00a0a\u00a0year", y);

          g_assert_cmpstr (month[PS_RIGHTS_FIGURE_PENSION].value, ==, m_text);
          g_assert_cmpstr (year[PS_RIGHTS_FIGURE_PENSION].value, ==, y_text);
        }
      {
        g_autofree char *sick = ps_format_money (st->net_before_tax_yearly * 11 / 12 + r->sick_month_net);
        g_autofree char *working = ps_format_money (st->net_before_tax_yearly);
        g_autofree char *month_working = ps_format_money (st->net_before_tax_yearly / 12);

        g_assert_cmpstr (year[PS_RIGHTS_FIGURE_SICK_MONTH].title, ==, "A year with a 30-day stop");
        assert_contains (year[PS_RIGHTS_FIGURE_SICK_MONTH].value, sick);
        assert_contains (year[PS_RIGHTS_FIGURE_SICK_MONTH].detail, "A working year");
        assert_contains (year[PS_RIGHTS_FIGURE_SICK_MONTH].detail, working);
        g_assert_cmpstr (month[PS_RIGHTS_FIGURE_SICK_MONTH].title, ==, "A 30-day stop");
        assert_contains (month[PS_RIGHTS_FIGURE_SICK_MONTH].detail, month_working);
      }
      for (int k = 0; k < PS_N_RIGHTS_FIGURES; k++)
        if (k == PS_RIGHTS_FIGURE_QUARTERS || k == PS_RIGHTS_FIGURE_ARE || k == PS_RIGHTS_FIGURE_SICK_DAILY)
          g_assert_cmpstr (month[k].value, ==, year[k].value);
      /* the default is per month */
      g_assert_cmpstr (f.figures[i][PS_RIGHTS_FIGURE_PENSION].value, ==, month[PS_RIGHTS_FIGURE_PENSION].value);
      g_assert_cmpstr (f.figures[i][PS_RIGHTS_FIGURE_SICK_MONTH].value, ==, month[PS_RIGHTS_FIGURE_SICK_MONTH].value);
      ps_rights_figures_clear (month);
      ps_rights_figures_clear (year);
    }
  fixture_teardown (&f);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ps/rights-figures/every-figure", test_every_figure);
  g_test_add_func ("/ps/rights-figures/rules", test_rules);
  g_test_add_func ("/ps/rights-figures/none-says-why", test_none_says_why);
  g_test_add_func ("/ps/rights-figures/no-rates", test_no_rates);
  g_test_add_func ("/ps/rights-figures/period", test_period);
  return g_test_run ();
}
