/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rates shown beside the breakdown's tax lines (ps-line-rate): the
 * corporate tax's brackets and the PFU's parts, as the law sets them, and
 * the line's amount is that rate on its base.
 *
 * IS: CGI art. 219 I and I b — 15 % up to 42 500 € of profit, 25 % above
 *   https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048838468
 * PFU: CGI art. 200 A — 12.8 % income tax
 *   https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051212954
 * Prélèvements sociaux on dividends: 17.2 % in 2025; 18.6 % from 2026
 *   (LFSS 2026 art. 12: the CSG on capital income from 9.2 % to 10.6 %)
 *   https://www.service-public.fr/particuliers/vosdroits/F2329 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "ps-comparison.h"
#include "ps-line-rate.h"
#include "ps-status-summary.h"
#include "ps-test-utils.h"

static const PsLine *
find_line (const PsStatusResult *r,
           const char           *id)
{
  for (int i = 0; i < r->n_lines; i++)
    if (g_strcmp0 (r->lines[i].id, id) == 0)
      return &r->lines[i];
  return NULL;
}

static PsComparison *
compute (const PsParams *p,
         double          tjm,
         gboolean        bareme)
{
  PsComparison *c = g_new0 (PsComparison, 1);
  PsScenario s;

  ps_scenario_init (&s, p);
  s.tjm = tjm;
  s.days_per_year = 200;
  s.dividends_bareme = bareme;
  ps_comparison_compute (p, &s, c);
  return c;
}

static void
test_corporate_tax (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compute (p, 550, FALSE);
  const PsLine *sasu = find_line (&c->statuses[PS_STATUS_SASU], "is");
  g_autofree char *text = NULL;
  double profit = c->sasu.profit;

  /* the SASU's profit passes the reduced rate's ceiling: both brackets */
  g_assert_nonnull (sasu);
  g_assert_cmpfloat (profit, >, 42500);
  text = ps_line_rate_text (p, c, PS_STATUS_SASU, sasu);
  g_assert_cmpstr (text, ==, "15.00% / 25.00%");
  /* and the line is those brackets on the profit (to the euro) */
  ps_assert_euros (sasu->employee * 12, round (42500 * 0.15 + (profit - 42500) * 0.25), 0.01, "SASU IS");

  /* a profit under the ceiling: the reduced rate alone */
  {
    g_autofree PsComparison *low = compute (p, 350, FALSE);
    const PsLine *line = find_line (&low->statuses[PS_STATUS_SASU], "is");
    g_autofree char *t = NULL;

    g_assert_nonnull (line);
    g_assert_cmpfloat (low->sasu.profit, <=, 42500);
    t = ps_line_rate_text (p, low, PS_STATUS_SASU, line);
    g_assert_cmpstr (t, ==, "15.00%");
    ps_assert_euros (line->employee * 12, round (low->sasu.profit * 0.15), 0.01, "SASU IS, reduced rate");
  }
}

static void
check_pfu (const char *date,
           const char *social_text,
           double      social_rate)
{
  const PsParams *p = ps_test_params (date);
  g_autofree PsComparison *c = compute (p, 550, FALSE);
  const PsStatusResult *r = &c->statuses[PS_STATUS_SASU];
  const PsLine *tax = find_line (r, "dividend_tax");
  const PsLine *social = find_line (r, "dividend_social");
  g_autofree char *tax_text = NULL;
  g_autofree char *social_rate_text = NULL;

  g_assert_nonnull (tax);
  g_assert_nonnull (social);
  tax_text = ps_line_rate_text (p, c, PS_STATUS_SASU, tax);
  social_rate_text = ps_line_rate_text (p, c, PS_STATUS_SASU, social);
  g_assert_cmpstr (tax_text, ==, "12.80%");
  g_assert_cmpstr (social_rate_text, ==, social_text);
  ps_assert_euros (tax->employee, tax->base * 0.128, 0.005, "PFU, income tax part");
  ps_assert_euros (social->employee, social->base * social_rate, 0.005, "prélèvements sociaux");
}

static void
test_pfu (void)
{
  check_pfu ("2025-07-01", "17.20%", 0.172);
  check_pfu ("2026-07-01", "18.60%", 0.186);
}

/* the dividends at the scale: no flat rate to show */
static void
test_scale (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compute (p, 550, TRUE);
  const PsLine *tax = find_line (&c->statuses[PS_STATUS_SASU], "dividend_tax");
  g_autofree char *text = NULL;

  g_assert_true (c->sasu.dividends_at_scale);
  g_assert_nonnull (tax);
  text = ps_line_rate_text (p, c, PS_STATUS_SASU, tax);
  g_assert_cmpstr (text, ==, "");
}

/* the other lines keep their own rate (the micro's versement libératoire,
 * a contribution) */
static void
test_own_rate (void)
{
  const PsParams *p = ps_test_params ("2026-07-01");
  g_autofree PsComparison *c = compute (p, 550, FALSE);
  const PsStatusResult *r = &c->statuses[PS_STATUS_PORTAGE];

  for (int i = 0; i < r->n_lines; i++)
    {
      g_autofree char *text = ps_line_rate_text (p, c, PS_STATUS_PORTAGE, &r->lines[i]);
      g_autofree char *own = ps_format_line_rate (r->lines[i].employee_rate);

      g_assert_cmpstr (text, ==, own);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/line-rate/corporate-tax", test_corporate_tax);
  g_test_add_func ("/line-rate/pfu", test_pfu);
  g_test_add_func ("/line-rate/scale", test_scale);
  g_test_add_func ("/line-rate/own-rate", test_own_rate);
  return g_test_run ();
}
