/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-rights"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-rights.h"
#include "ps-tns.h"

/* ------------------------------------------------------------ formulas */

int
ps_rights_quarters (const PsParams *p,
                    double          earnings)
{
  double threshold = p->pension_quarter_smic_hours * p->smic_hourly_year_start;

  if (earnings <= 0 || threshold <= 0)
    return 0;
  /* a cent below the threshold validates nothing more */
  return (int) MIN (p->pension_max_quarters, floor (ps_round_cents (earnings) / ps_round_cents (threshold) + 1e-9));
}

double
ps_rights_agirc_arrco_points (const PsParams *p,
                              double          gross)
{
  double pass = p->pss_monthly * 12;
  double t1 = CLAMP (gross, 0.0, pass);
  double t2 = CLAMP (gross - pass, 0.0, (p->agirc_arrco_t2_max_pass - 1) * pass);

  return (t1 * p->agirc_arrco_t1_points_rate + t2 * p->agirc_arrco_t2_points_rate)
         / p->agirc_arrco_point_price;
}

void
ps_rights_are (const PsParams *p,
               double          reference_gross,
               double          reference_days,
               PsRights       *r)
{
  double sjr, aj, first;

  r->are_reference_gross = reference_gross;
  r->are_reference_days = reference_days;
  r->are_sjr = sjr = reference_days > 0 ? MAX (0.0, reference_gross) / reference_days : 0;
  aj = MAX (p->are_low_rate * sjr + p->are_fixed_part, p->are_high_rate * sjr);
  aj = MAX (aj, p->are_minimum);
  /* when the minimum is above 75 % of the SJR, 75 % of the SJR is paid */
  aj = MIN (aj, p->are_cap_sjr_rate * sjr);
  r->are_daily = ps_round_cents (aj);
  r->are_daily_reduced = r->are_daily;
  if (r->are_daily > p->are_degressive_threshold)
    {
      /* 70 % of an amount in cents, half up on the exact decimal (in
       * doubles 70 % of 171,95 € is 120,36499…, not 120,365) */
      double cents = round (r->are_daily * 100) * round (p->are_degressive_rate * 1e4) / 1e4;

      r->are_daily_reduced = MAX (floor (cents + 0.5) / 100, p->are_degressive_threshold);
      r->notes |= PS_RIGHTS_NOTE_ARE_DEGRESSIVE;
    }
  r->are_days = CLAMP (ceil (reference_days * p->are_duration_coefficient - 1e-9),
                       p->are_min_days, p->are_max_days);
  first = MIN (r->are_days, p->are_degressive_from_day - 1);
  r->are_total = first * r->are_daily + (r->are_days - first) * r->are_daily_reduced;
  r->arce = p->arce_rate * r->are_total;
}

double
ps_rights_ijss_daily (const PsParams *p,
                      double          gross_3_months)
{
  double cap = p->ijss_cap_smic * p->smic_hourly * p->smic_monthly_hours * 3;

  return p->ijss_rate * CLAMP (gross_3_months, 0.0, cap) / p->ijss_divisor_days;
}

double
ps_rights_tns_ij_daily (const PsParams *p,
                        double          income)
{
  double pass = p->pss_monthly * 12;

  if (income < p->tns_ij_threshold_pass * pass)
    return 0;
  return MIN (income, pass) / p->tns_ij_divisor_days;
}

/* ------------------------------------------------------------ per status */

static void
salaried_pension (const PsParams *p,
                  double          gross,
                  PsRights       *r)
{
  r->pension_earnings = MIN (MAX (0.0, gross), p->pss_monthly * 12);
  r->pension_quarters = ps_rights_quarters (p, gross);
  r->scheme = PS_PENSION_SCHEME_AGIRC_ARRCO;
  r->point_price = p->agirc_arrco_point_price;
  r->point_value = p->agirc_arrco_point_value;
  r->points = ps_rights_agirc_arrco_points (p, gross);
  r->points_contribution = r->points * r->point_price;
}

static void
points_of (PsRights *r,
           double    contribution,
           double    price,
           double    value)
{
  r->points_contribution = contribution;
  r->point_price = price;
  r->point_value = value;
  r->points = price > 0 ? contribution / price : 0;
}

/* IJSS over the stop; the waiting days unpaid */
static void
salaried_sick (const PsParams *p,
               double          gross,
               PsRights       *r)
{
  /* short stops: 1 015 hours of SMIC of pay over the six months before */
  r->sick_eligible = gross / 2 >= p->ijss_min_smic_hours_6m * p->smic_hourly;
  if (!r->sick_eligible)
    {
      r->notes |= PS_RIGHTS_NOTE_NO_SICK_PAY;
      return;
    }
  r->sick_daily = ps_rights_ijss_daily (p, gross / 4);
  r->sick_paid_days = MAX (0.0, PS_RIGHTS_SICK_STOP_DAYS - p->ijss_waiting_days);
  r->sick_benefits = r->sick_daily * r->sick_paid_days * (1 - p->ij_csg_crds_rate);
}

static void
tns_sick (const PsParams *p,
          double          income,
          PsRights       *r)
{
  r->sick_daily = ps_rights_tns_ij_daily (p, income);
  r->sick_eligible = r->sick_daily > 0;
  if (!r->sick_eligible)
    {
      r->notes |= PS_RIGHTS_NOTE_NO_SICK_PAY;
      return;
    }
  r->sick_paid_days = MAX (0.0, PS_RIGHTS_SICK_STOP_DAYS - p->ijss_waiting_days);
  r->sick_benefits = r->sick_daily * r->sick_paid_days * (1 - p->ij_csg_crds_rate);
}

static void
compute_eurl (const PsParams     *p,
              const PsComparison *c,
              PsRights           *r)
{
  const PsCompanyResult *k = &c->eurl;
  double threshold = c->eurl_inputs.ir ? 0 : p->tns_dividend_threshold * c->eurl_inputs.capital;
  double excess = MAX (0.0, k->dividends - threshold);
  double min_base = ps_round_euros (p->tns_rb_min_smic_hours * p->smic_hourly_year_start);
  PsTns with_dividends;
  const PsTns *t = &k->tns;

  /* dividends above 10 % of the capital bear the TNS contributions: they
   * count; those below bear only the prélèvements sociaux */
  if (excess > 0)
    {
      ps_tns_compute (p, k->pay + excess, &with_dividends);
      t = &with_dividends;
    }
  if (MIN (k->dividends, threshold) > 0)
    r->notes |= PS_RIGHTS_NOTE_DIVIDENDS;
  /* the base pension is paid on the minimum base at least: "revenu
   * cotisé" = the contribution ÷ its rate */
  if (t->assiette < min_base)
    r->notes |= PS_RIGHTS_NOTE_TNS_MINIMUM_BASE;
  r->pension_earnings = MIN (MAX (t->assiette, min_base), p->pss_monthly * 12);
  r->pension_quarters = ps_rights_quarters (p, r->pension_earnings);
  r->scheme = PS_PENSION_SCHEME_RCI;
  points_of (r, t->retraite_complementaire, p->rci_point_price, p->rci_point_value);
  tns_sick (p, t->assiette, r);
}

static void
compute_micro (const PsParams     *p,
               const PsComparison *c,
               PsRights           *r)
{
  double income = MAX (0.0, c->micro.revenue * (1 - p->micro_abatement_rate));

  r->pension_earnings = MIN (income, p->pss_monthly * 12);
  r->pension_quarters = ps_rights_quarters (p, r->pension_earnings);
  r->scheme = PS_PENSION_SCHEME_RCI;
  points_of (r, c->micro.social * p->micro_rci_share, p->rci_point_price, p->rci_point_value);
  tns_sick (p, income, r);
}

void
ps_rights_compute (const PsParams     *p,
                   const PsComparison *c,
                   PsStatus            status,
                   PsRights           *r)
{
  const PsStatusResult *st = &c->statuses[status];
  double gross = 0;

  memset (r, 0, sizeof *r);
  r->status = status;
  r->quarter_threshold = p->pension_quarter_smic_hours * p->smic_hourly_year_start;
  r->working_year_net = st->net_before_tax_yearly;
  r->working_month_net = st->net_before_tax_yearly / 12;

  switch (status)
    {
    case PS_STATUS_PORTAGE:
    case PS_STATUS_CDI:
      gross = status == PS_STATUS_CDI ? c->cdi.gross_yearly : c->portage.gross * 12;
      {
        /* portage's réserve is salary, paid at the end of the mission with
         * its contributions: the pension (quarters and points, on all the
         * gross paid) counts it. The ARE's SJR counts the salaries of the
         * reference period: a CDI's réserve, not a CDD's end-of-contract
         * indemnity (excluded like the précarité indemnity; service-public
         * F2064). The IJSS take the 3 months of pay before the stop, the
         * monthly gross: the réserve is not in them. */
        double reserve = status == PS_STATUS_PORTAGE ? MAX (0.0, c->portage.reserve) * 12 : 0;
        double are_gross = c->scenario.portage_cdd ? gross : gross + reserve;

        salaried_pension (p, gross + reserve, r);
        /* an employee: the end of a CDD, a dismissal or a rupture
         * conventionnelle opens the ARE */
        r->are_eligible = gross > 0;
        if (r->are_eligible)
          ps_rights_are (p, are_gross, PS_RIGHTS_ARE_REFERENCE_DAYS, r);
      }
      salaried_sick (p, gross, r);
      if (r->sick_eligible && status == PS_STATUS_CDI)
        {
          /* Syntec: the pay is maintained from the first day (a year of
           * seniority) */
          r->notes |= PS_RIGHTS_NOTE_SALARY_MAINTAINED;
          r->sick_employer = MAX (0.0, r->working_month_net - r->sick_benefits);
        }
      else if (r->sick_eligible)
        {
          /* the legal maintien: 90 % of the gross from the 8th day, the
           * IJSS deducted; paid as salary, so net of its contributions */
          double days = MAX (0.0, PS_RIGHTS_SICK_STOP_DAYS - p->sick_maintien_waiting_days);
          double gross_daily = gross / 12 / PS_RIGHTS_SICK_STOP_DAYS;
          double complement = MAX (0.0, (p->sick_maintien_rate * gross_daily - r->sick_daily) * days);
          double net_ratio = gross > 0 ? c->portage.net_before_tax * 12 / gross : 0;

          r->notes |= PS_RIGHTS_NOTE_LEGAL_MAINTIEN;
          r->sick_employer = complement * net_ratio;
        }
      break;

    case PS_STATUS_SASU:
      gross = c->sasu.gross;
      if (gross <= 0)
        r->notes |= PS_RIGHTS_NOTE_NO_SALARY;
      if (c->sasu.dividends > 0)
        r->notes |= PS_RIGHTS_NOTE_DIVIDENDS;
      salaried_pension (p, gross, r);
      if (gross <= 0)
        r->scheme = PS_PENSION_SCHEME_NONE;
      salaried_sick (p, gross, r);
      break;

    case PS_STATUS_EURL:
      compute_eurl (p, c, r);
      break;

    case PS_STATUS_MICRO:
      compute_micro (p, c, r);
      break;

    case PS_N_STATUSES:
    default:
      g_return_if_reached ();
    }

  r->pension_yearly_accrued = r->points * r->point_value;
  r->sick_month_net = r->sick_benefits + r->sick_employer;
  r->sick_year_net = r->working_year_net - r->working_month_net + r->sick_month_net;
}

const char *
ps_pension_scheme_id (PsPensionScheme scheme)
{
  switch (scheme)
    {
    case PS_PENSION_SCHEME_AGIRC_ARRCO: return "agirc_arrco";
    case PS_PENSION_SCHEME_RCI: return "rci";
    case PS_PENSION_SCHEME_NONE:
    default: return NULL;
    }
}

const char *
ps_rights_note_id (guint bit)
{
  static const char *ids[] = {
    "dividends_validate_nothing", "no_salary", "tns_minimum_base", "are_degressive",
    "below_sick_pay_threshold", "salary_maintained", "legal_maintien",
  };

  return bit < G_N_ELEMENTS (ids) ? ids[bit] : NULL;
}

const char **
ps_rights_note_labels (guint notes)
{
  static const char *labels[] = {
    N_("Dividends validate no quarter and buy no point."),
    N_("No salary: no quarter, no point, no sick pay."),
    N_("The base pension is paid on the minimum base."),
    N_("The allowance is reduced from the 7th month (degressivity)."),
    N_("Income below the threshold of the daily sick allowances."),
    N_("Syntec: the salary is maintained during the stop (a year of seniority)."),
    /* xgettext:no-c-format */
    N_("Legal maintien: 90% of the gross from the 8th day (a year of seniority)."),
  };
  const char **out = g_new0 (const char *, G_N_ELEMENTS (labels) + 1);
  int n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (notes & (1u << i))
      out[n++] = labels[i];
  return out;
}
