/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-year-sick"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-rights.h"
#include "ps-year-sick.h"

/* the legal maintien (C. trav. L1226-1, D1226-1 to -3): from the 8th day,
 * 90 % of the gross for a period, then two thirds for another, the IJSS
 * deducted; paid as salary, so net of its contributions */
static double
legal_maintien (const PsParams     *p,
                const PsComparison *c,
                double              calendar_days,
                double              ij_daily,
                double             *out_days)
{
  double gross_daily = c->portage.gross / 30;
  double net_ratio = c->portage.gross > 0 ? c->portage.net_before_tax / c->portage.gross : 0;
  double days = MAX (0.0, calendar_days - p->sick_maintien_waiting_days);
  double first = MIN (days, p->sick_maintien_period_days);
  double second = MIN (days - first, p->sick_maintien_period_days);
  double gross = MAX (0.0, p->sick_maintien_rate * gross_daily - ij_daily) * first
                 + MAX (0.0, p->sick_maintien_second_rate * gross_daily - ij_daily) * second;

  *out_days = first + second;
  return gross * net_ratio;
}

void
ps_year_sick_compute (const PsParams     *p,
                      const PsComparison *c,
                      double              sick_days,
                      PsYearSick         *out)
{
  memset (out, 0, sizeof *out);
  out->sick_days = MAX (0.0, sick_days);
  out->calendar_days = out->sick_days * 7 / 5;
  out->waiting_days = p->ijss_waiting_days;

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsStatusResult *st = &c->statuses[i];
      PsSickPay *s = &out->statuses[i];
      PsRights r;
      double tax_rate;

      ps_rights_compute (p, c, i, &r);
      s->notes = r.notes & (PS_RIGHTS_NOTE_NO_SICK_PAY | PS_RIGHTS_NOTE_NO_SALARY
                            | PS_RIGHTS_NOTE_SALARY_MAINTAINED | PS_RIGHTS_NOTE_LEGAL_MAINTIEN);
      s->eligible = r.sick_eligible;
      /* the ESN maintains the salary: the days it pays count the sick ones */
      if (i == PS_STATUS_CDI)
        {
          s->notes |= PS_RIGHTS_NOTE_SALARY_MAINTAINED;
          continue;
        }
      if (!s->eligible || out->calendar_days <= 0)
        continue;
      s->daily = r.sick_daily;
      s->paid_days = CLAMP (out->calendar_days - p->ijss_waiting_days, 0.0, p->ij_max_days);
      s->benefits = s->daily * s->paid_days * (1 - p->ij_csg_crds_rate);
      if (i == PS_STATUS_PORTAGE)
        s->employer = legal_maintien (p, c, out->calendar_days, s->daily, &s->employer_days);
      /* taxable like the pay they replace (CGI 80 quinquies): the status's
       * average rate */
      tax_rate = st->net_before_tax_yearly > 0 ? CLAMP (st->income_tax_yearly / st->net_before_tax_yearly, 0.0, 1.0) : 0;
      s->income_tax = (s->benefits + s->employer) * tax_rate;
      s->net = s->benefits + s->employer - s->income_tax;
    }
}

void
ps_year_sick_apply (const PsYearSick *sick,
                    PsComparison     *c)
{
  gboolean changed = FALSE;

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const PsSickPay *s = &sick->statuses[i];
      PsStatusResult *r = &c->statuses[i];

      if (s->benefits + s->employer <= 0)
        continue;
      r->net_before_tax_yearly += s->benefits + s->employer;
      r->income_tax_yearly += s->income_tax;
      r->net_after_tax_yearly += s->net;
      r->sick_pay_yearly += s->benefits + s->employer;
      r->sick_pay_tax_yearly += s->income_tax;
      r->net_after_tax_monthly = r->net_after_tax_yearly / 12;
      r->effective_rate = r->revenue_yearly > 0 ? 1 - r->net_after_tax_yearly / r->revenue_yearly : 0;
      changed = TRUE;
    }
  if (changed)
    ps_comparison_pick_best (c);
}

double
ps_year_sick_received (const PsYearSick *sick,
                       PsStatus          status)
{
  g_return_val_if_fail (status < PS_N_STATUSES, 0);
  return sick->statuses[status].benefits + sick->statuses[status].employer;
}

static char *
days_text (double days)
{
  return ps_format_number (days, days == floor (days) ? 0 : 1);
}

char *
ps_year_sick_text (const PsYearSick *sick,
                   PsStatus          status)
{
  const PsSickPay *s;
  g_autofree char *money = NULL;
  g_autofree char *days = NULL;
  g_autofree char *waiting = NULL;

  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  s = &sick->statuses[status];

  if (status == PS_STATUS_CDI)
    return g_strdup (_("Salary maintained by the ESN during the sick days (Syntec, a year of seniority)"));
  if (sick->calendar_days <= 0)
    return g_strdup (_("No sick day"));
  if (!s->eligible && (s->notes & PS_RIGHTS_NOTE_NO_SALARY))
    return g_strdup (_("No salary: no daily sick allowance"));
  if (!s->eligible)
    return g_strdup (_("No daily sick allowance: income below the threshold"));
  waiting = days_text (sick->waiting_days);
  if (s->paid_days <= 0)
    /* Translators: %s is a number of days */
    return g_strdup_printf (_("Nothing: the stop is within the %s waiting days"), waiting);

  money = ps_format_money (s->benefits + s->employer);
  days = days_text (s->paid_days);
  if (status == PS_STATUS_PORTAGE && s->employer > 0)
    {
      g_autofree char *employer = ps_format_money (s->employer);

      /* Translators: amount, days paid, waiting days, the employer's part */
      return g_strdup_printf (_("%s net of CSG-CRDS: IJSS for %s calendar days after %s waiting days, with %s of legal "
                                "maintien from the 8th day (a year of seniority)"),
                              money, days, waiting, employer);
    }
  if (status == PS_STATUS_PORTAGE || status == PS_STATUS_SASU)
    /* Translators: amount, days paid, waiting days */
    return g_strdup_printf (_("%s net of CSG-CRDS: IJSS for %s calendar days after %s waiting days"), money, days, waiting);
  /* Translators: amount, days paid, waiting days */
  return g_strdup_printf (_("%s net of CSG-CRDS: the indépendant’s IJ for %s calendar days after %s waiting days"),
                          money, days, waiting);
}
