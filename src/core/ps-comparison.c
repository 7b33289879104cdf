/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-comparison.h"

static const struct
{
  const char *id;
  const char *name;
} status_names[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = { "portage", N_("Portage salarial") },
  [PS_STATUS_CDI] = { "cdi", N_("Employee (CDI)") },
};

const char *
ps_status_id (PsStatus status)
{
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return status_names[status].id;
}

const char *
ps_status_name (PsStatus status)
{
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return status_names[status].name;
}

void
ps_scenario_init (PsScenario     *s,
                  const PsParams *p)
{
  PsPortageInputs in;

  memset (s, 0, sizeof *s);
  ps_portage_inputs_init (&in, p);
  s->tjm = 550;
  s->days_per_year = 200;
  s->fee_model = in.fee_model;
  s->fee_rate = in.fee_rate;
  s->reserve = in.reserve;
  s->level = in.level;
  s->profile = in.profile;
  s->tax = in.tax;
  s->esn_margin_rate = p->esn_margin_rate;
}

static void
portage_inputs_of (const PsScenario *s,
                   const PsParams   *p,
                   PsPortageInputs  *in)
{
  ps_portage_inputs_init (in, p);
  in->tjm = s->tjm;
  in->days_per_month = s->days_per_year / 12;
  in->fee_model = s->fee_model;
  in->fee_rate = s->fee_rate;
  in->fee_cap_monthly = s->fee_cap_monthly;
  in->fee_flat_monthly = s->fee_flat_monthly;
  in->expenses_monthly = s->expenses_monthly;
  in->reserve = s->reserve;
  in->level = s->level;
  in->profile = s->profile;
  in->tax = s->tax;
}

static void
copy_lines (PsStatusResult  *r,
            const PsPayslip *slip)
{
  memcpy (r->lines, slip->lines, sizeof (PsLine) * slip->n_lines);
  r->n_lines = slip->n_lines;
}

static void
finish (PsStatusResult *r)
{
  r->net_after_tax_monthly = r->net_after_tax_yearly / 12;
  r->effective_rate = r->revenue_yearly > 0 ? 1 - r->net_after_tax_yearly / r->revenue_yearly : 0;
}

static void
compute_portage (const PsParams   *p,
                 const PsScenario *s,
                 PsComparison     *c)
{
  PsStatusResult *r = &c->statuses[PS_STATUS_PORTAGE];
  const PsPortageResult *pr = &c->portage;

  portage_inputs_of (s, p, &c->portage_inputs);
  ps_portage_compute (p, &c->portage_inputs, &c->portage);

  r->status = PS_STATUS_PORTAGE;
  r->revenue_yearly = pr->revenue * 12;
  r->costs_yearly = pr->fees * 12;
  r->expenses_yearly = pr->expenses * 12;
  r->contributions_yearly = (pr->employee_contributions + pr->employer_contributions
                             + pr->reserve_employer_contributions) * 12;
  r->gross_yearly = pr->gross * 12;
  r->net_before_tax_yearly = pr->net_before_tax * 12;
  r->income_tax_yearly = pr->income_tax * 12;
  /* the expenses are reimbursed: they cost the consultant nothing more */
  r->net_after_tax_yearly = pr->net_after_tax * 12;
  r->deferred_yearly = pr->reserve * 12;
  r->unemployment_insurance = TRUE;
  r->sick_pay = TRUE;
  r->complementary_pension = TRUE;
  copy_lines (r, &pr->payslip);
  finish (r);
}

static void
compute_cdi (const PsParams   *p,
             const PsScenario *s,
             PsComparison     *c)
{
  PsStatusResult *r = &c->statuses[PS_STATUS_CDI];
  double gross = s->cdi_gross_yearly;

  if (gross <= 0)
    gross = ps_cdi_esn_gross_yearly (p, &s->profile, s->tjm, s->days_per_year, s->esn_margin_rate);
  ps_cdi_compute (p, &s->profile, &s->tax, gross, &c->cdi);

  r->status = PS_STATUS_CDI;
  r->revenue_yearly = c->cdi.employer_cost_yearly;
  r->contributions_yearly = (c->cdi.payslip.employee_contributions
                             + c->cdi.payslip.employer_contributions) * 12;
  r->gross_yearly = c->cdi.gross_yearly;
  r->net_before_tax_yearly = c->cdi.net_before_tax_yearly;
  r->income_tax_yearly = c->cdi.income_tax_yearly;
  /* the employer bears the professional expenses of an employee */
  r->net_after_tax_yearly = c->cdi.net_after_tax_yearly;
  r->unemployment_insurance = TRUE;
  r->sick_pay = TRUE;
  r->complementary_pension = TRUE;
  copy_lines (r, &c->cdi.payslip);
  finish (r);
}

void
ps_comparison_compute (const PsParams   *p,
                       const PsScenario *s,
                       PsComparison     *c)
{
  memset (c, 0, sizeof *c);
  c->scenario = *s;
  compute_portage (p, s, c);
  compute_cdi (p, s, c);

  c->best = PS_STATUS_PORTAGE;
  for (int i = 0; i < PS_N_STATUSES; i++)
    if (c->statuses[i].net_after_tax_yearly > c->statuses[c->best].net_after_tax_yearly)
      c->best = i;
}

void
ps_comparison_sweep (const PsParams   *p,
                     const PsScenario *s,
                     double            tjm_from,
                     double            tjm_to,
                     int               n,
                     double           *out)
{
  PsScenario probe = *s;
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  for (int i = 0; i < n; i++)
    {
      probe.tjm = n > 1 ? tjm_from + (tjm_to - tjm_from) * i / (n - 1) : tjm_from;
      ps_comparison_compute (p, &probe, c);
      for (int k = 0; k < PS_N_STATUSES; k++)
        out[i * PS_N_STATUSES + k] = c->statuses[k].net_after_tax_monthly;
    }
}
