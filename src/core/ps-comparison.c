/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-comparison.h"
#include "ps-money.h"

static const struct
{
  const char *id;
  const char *name;
  const char *short_name;
} status_names[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = { "portage", N_("Portage salarial"), N_("Portage") },
  [PS_STATUS_CDI] = { "cdi", N_("Employee (CDI)"), N_("CDI") },
  [PS_STATUS_MICRO] = { "micro", N_("Micro-entreprise"), N_("Micro") },
  [PS_STATUS_SASU] = { "sasu", N_("SASU"), N_("SASU") },
  [PS_STATUS_EURL] = { "eurl", N_("EURL"), N_("EURL") },
};

const char *
ps_status_short_name (PsStatus status)
{
  g_return_val_if_fail (status < PS_N_STATUSES, NULL);
  return status_names[status].short_name;
}

const char *
ps_unusable_id (PsUnusable why)
{
  switch (why)
    {
    case PS_UNUSABLE_ABOVE_CEILING: return "above_micro_ceiling";
    case PS_UNUSABLE_BELOW_MINIMUM: return "below_convention_minimum";
    case PS_UNUSABLE_NO_ENVELOPE: return "fee_and_expenses_above_revenue";
    case PS_UNUSABLE_BELOW_FLOOR: return "billing_below_minimum_salary";
    case PS_UNUSABLE_OFFER_BELOW_SMIC: return "offer_below_smic";
    case PS_USABLE:
    default: return NULL;
    }
}

const char *
ps_unusable_reason (PsUnusable why)
{
  switch (why)
    {
    /* Translators: why a status can't be used, inside a sentence
     * ("Micro-entreprise: can’t be used (above the ceiling)") */
    case PS_UNUSABLE_ABOVE_CEILING: return N_("above the ceiling");
    case PS_UNUSABLE_BELOW_MINIMUM: return N_("below the minimum salary");
    case PS_UNUSABLE_NO_ENVELOPE: return N_("no salary left");
    case PS_UNUSABLE_BELOW_FLOOR: return N_("billing too low for a salary");
    case PS_UNUSABLE_OFFER_BELOW_SMIC: return N_("offer below the SMIC");
    case PS_USABLE:
    default: return NULL;
    }
}

const char *
ps_unusable_label (PsUnusable why)
{
  switch (why)
    {
    /* Translators: badge of a status that can't be used: the revenue is
     * above the micro-entreprise ceiling */
    case PS_UNUSABLE_ABOVE_CEILING: return N_("Above the ceiling");
    /* Translators: badge of portage when the day rate can't pay the
     * convention's minimum salary */
    case PS_UNUSABLE_BELOW_MINIMUM: return N_("Below the minimum salary");
    /* Translators: badge of portage when the fee and expenses take the
     * whole revenue */
    case PS_UNUSABLE_NO_ENVELOPE: return N_("No salary left");
    /* Translators: badge of the CDI when the billing can't pay the
     * minimum salary at the ESN's margin */
    case PS_UNUSABLE_BELOW_FLOOR: return N_("Billing too low for a salary");
    /* Translators: badge of a CDI offer typed below the SMIC */
    case PS_UNUSABLE_OFFER_BELOW_SMIC: return N_("Offer below the SMIC");
    case PS_USABLE:
    default: return NULL;
    }
}

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
  s->micro_running_costs = p->micro_running_costs;
  s->company_running_costs = p->company_running_costs;
  s->sasu_salary_yearly = -1;
  s->eurl_remuneration_yearly = -1;
  s->eurl_capital = p->eurl_capital;
  s->telework_days_per_week = PS_DEFAULT_TELEWORK_DAYS;
  s->health_yearly = -1;
}

double
ps_comparison_health_yearly (const PsScenario      *s,
                             const PsPortageResult *pr)
{
  if (s->health_yearly >= 0)
    return s->health_yearly;
  /* like for like: what portage's payslip spends on the mutuelle (both
   * shares) and the prévoyance; with no salary there, the premium alone */
  if (pr->gross > 0)
    return ps_health_payslip_yearly (&pr->payslip);
  return ps_round_cents (s->profile.mutuelle_monthly * 12);
}

void
ps_portage_inputs_from_scenario (const PsScenario *s,
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
  in->cdd = s->portage_cdd;
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
add_yearly_lines (PsStatusResult *r,
                  const PsLine   *lines,
                  int             n)
{
  for (int i = 0; i < n && r->n_lines < PS_MAX_LINES; i++)
    {
      PsLine *l = &r->lines[r->n_lines++];

      *l = lines[i];
      l->employee /= 12;
      l->employer /= 12;
      l->base /= 12;
    }
}

static void
add_line (PsStatusResult *r,
          const char     *id,
          const char     *label,
          const char     *source,
          double          base_yearly,
          double          rate,
          double          amount_yearly)
{
  PsLine *l;

  if (amount_yearly == 0 || r->n_lines >= PS_MAX_LINES)
    return;
  l = &r->lines[r->n_lines++];
  memset (l, 0, sizeof *l);
  l->id = id;
  l->label = label;
  l->source = source;
  l->branch = PS_BRANCH_OTHER;
  l->base = base_yearly / 12;
  l->employee_rate = rate;
  l->employee = amount_yearly / 12;
}

/* the health budget paid from the net: its own breakdown line */
static void
add_health_line (PsStatusResult *r,
                 const PsHealth *h)
{
  add_line (r, "health_budget",
            h->deductible > 0 ? "Mutuelle et prévoyance (contrats Madelin)" : "Mutuelle et prévoyance (contrat individuel)",
            h->deductible > 0 ? "CGI art. 154 bis II (déductible de l’impôt, pas de l’assiette sociale)"
                              : "Budget santé et prévoyance, comme en portage",
            h->budget, 0, h->paid);
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
  ps_portage_inputs_from_scenario (s, p, &c->portage_inputs);
  ps_portage_compute (p, &c->portage_inputs, &c->portage);
  ps_portage_status (s, &c->portage, &c->statuses[PS_STATUS_PORTAGE]);
}

void
ps_portage_status (const PsScenario      *s,
                   const PsPortageResult *pr,
                   PsStatusResult        *r)
{
  gboolean counted;

  memset (r, 0, sizeof *r);
  r->status = PS_STATUS_PORTAGE;
  /* below the convention minimum the firm may not employ you at this rate */
  r->eligible = !(pr->warnings & (PS_PORTAGE_WARN_BELOW_MINIMUM | PS_PORTAGE_WARN_NO_ENVELOPE));
  r->unusable = (pr->warnings & PS_PORTAGE_WARN_NO_ENVELOPE) ? PS_UNUSABLE_NO_ENVELOPE
              : (pr->warnings & PS_PORTAGE_WARN_BELOW_MINIMUM) ? PS_UNUSABLE_BELOW_MINIMUM
              : PS_USABLE;
  r->revenue_yearly = pr->revenue * 12;
  r->costs_yearly = pr->fees * 12;
  r->expenses_yearly = pr->expenses * 12;
  /* the réserve is the consultant's money: paid as salary at the end of
   * the mission, it is counted in the year's net, less its employee
   * contributions and the income tax it adds — unless the user asks for
   * the cash of the months only */
  counted = !s->reserve_cash_only;
  r->contributions_yearly = (pr->employee_contributions + pr->employer_contributions
                             + pr->reserve_employer_contributions
                             + (counted ? pr->reserve_employee_contributions : 0)) * 12;
  r->gross_yearly = pr->gross * 12;
  r->net_before_tax_yearly = (pr->net_before_tax + (counted ? pr->reserve_net : 0)) * 12;
  r->income_tax_yearly = (pr->income_tax + (counted ? pr->reserve_income_tax : 0)) * 12;
  /* the expenses are reimbursed: they cost the consultant nothing more,
   * unless the fee and they exceed the revenue (paid from one's pocket) */
  r->net_after_tax_yearly = (pr->net_after_tax + (counted ? pr->reserve_net_after_tax : 0)
                             + MIN (0.0, pr->envelope)) * 12;
  r->net_before_tax_yearly += MIN (0.0, pr->envelope) * 12;
  r->deferred_yearly = pr->reserve_net_after_tax * 12;
  r->health_yearly = ps_health_payslip_yearly (&pr->payslip);
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
  PsUnusable unusable = PS_USABLE;

  if (gross <= 0)
    {
      double days = s->esn_paid_days > 0 ? s->esn_paid_days : s->days_per_year;
      double budget_monthly = s->tjm * days * (1 - s->esn_margin_rate) / 12;
      double paid = ps_round_cents (ps_payslip_solve_gross (p, &s->profile, budget_monthly, 1.0) * 12);

      gross = ps_cdi_esn_gross_yearly (p, &s->profile, s->tjm, days, s->esn_margin_rate);
      /* no ESN hires at a loss: when the billing can't pay the minimum
       * salary at its margin, there is no such CDI to compare with */
      if (paid < ps_cdi_floor_monthly (p, &s->profile) * 12 - 0.005)
        unusable = PS_UNUSABLE_BELOW_FLOOR;
    }
  else if (gross < ps_round_cents (p->smic_hourly * p->smic_monthly_hours) * 12 - 0.005)
    /* an offer below the SMIC (full time) is not a lawful one */
    unusable = PS_UNUSABLE_OFFER_BELOW_SMIC;
  ps_cdi_compute (p, &s->profile, &s->tax, gross, &c->cdi);

  r->status = PS_STATUS_CDI;
  r->eligible = unusable == PS_USABLE;
  r->unusable = unusable;
  r->revenue_yearly = c->cdi.employer_cost_yearly;
  r->contributions_yearly = (c->cdi.payslip.employee_contributions
                             + c->cdi.payslip.employer_contributions) * 12;
  r->gross_yearly = c->cdi.gross_yearly;
  r->net_before_tax_yearly = c->cdi.net_before_tax_yearly;
  r->income_tax_yearly = c->cdi.income_tax_yearly;
  /* the employer bears the professional expenses of an employee */
  r->net_after_tax_yearly = c->cdi.net_after_tax_yearly;
  r->health_yearly = ps_health_payslip_yearly (&c->cdi.payslip);
  r->unemployment_insurance = TRUE;
  r->sick_pay = TRUE;
  r->complementary_pension = TRUE;
  copy_lines (r, &c->cdi.payslip);
  finish (r);
}

static void
compute_micro (const PsParams   *p,
               const PsScenario *s,
               PsComparison     *c)
{
  PsStatusResult *r = &c->statuses[PS_STATUS_MICRO];
  const PsMicroResult *m = &c->micro;
  double expenses = s->expenses_monthly * 12;

  c->micro_inputs.revenue_yearly = s->tjm * s->days_per_year;
  c->micro_inputs.vl = s->micro_vl;
  c->micro_inputs.acre = s->micro_acre;
  c->micro_inputs.tax = s->tax;
  c->micro_inputs.health_yearly = c->health_yearly;
  ps_micro_compute (p, &c->micro_inputs, &c->micro);

  r->status = PS_STATUS_MICRO;
  r->eligible = !(m->warnings & PS_MICRO_WARN_THRESHOLD);
  r->unusable = r->eligible ? PS_USABLE : PS_UNUSABLE_ABOVE_CEILING;
  r->revenue_yearly = m->revenue;
  r->costs_yearly = s->micro_running_costs;
  r->expenses_yearly = expenses;
  r->contributions_yearly = m->contributions;
  /* no deduction of real costs in micro: they come out of the net */
  r->net_before_tax_yearly = m->net_before_tax - s->micro_running_costs - expenses;
  r->income_tax_yearly = m->income_tax;
  r->net_after_tax_yearly = m->net_after_tax - s->micro_running_costs - expenses;
  r->health_yearly = m->health.budget;
  r->unemployment_insurance = FALSE;
  r->sick_pay = TRUE;
  r->complementary_pension = TRUE;
  add_yearly_lines (r, m->lines, m->n_lines);
  add_health_line (r, &m->health);
  finish (r);
}

static void
company_inputs_of (const PsParams     *p,
                   const PsScenario   *s,
                   const PsComparison *c,
                   PsCompanyInputs    *in)
{
  ps_company_inputs_init (in, p);
  in->revenue = s->tjm * s->days_per_year;
  in->costs = s->company_running_costs + s->expenses_monthly * 12;
  in->tax = s->tax;
  in->dividends_bareme = s->dividends_bareme;
  in->csm_exempt = s->csm_exempt;
  in->acre = s->company_acre;
  in->health_yearly = c->health_yearly;
  /* the président's payslip: the firm's mutuelle and AT/MP choices, one
   * person, no unemployment insurance */
  in->profile.cadre = TRUE;
  in->profile.atmp_rate = s->profile.atmp_rate;
  in->profile.mutuelle_monthly = s->profile.mutuelle_monthly;
  in->profile.mutuelle_employer_rate = s->profile.mutuelle_employer_rate;
  in->profile.vm_rate = 0;
}

static void
company_result (const PsScenario      *s,
                const PsCompanyResult *k,
                PsStatusResult        *r)
{
  r->revenue_yearly = k->revenue;
  r->costs_yearly = s->company_running_costs;
  r->expenses_yearly = s->expenses_monthly * 12;
  r->corporate_tax_yearly = k->corporate_tax;
  r->contributions_yearly = k->contributions + k->dividend_contributions + k->csm.amount;
  r->gross_yearly = k->gross;
  r->income_tax_yearly = k->income_tax + k->dividend_income_tax;
  r->net_after_tax_yearly = k->net_after_tax;
  r->net_before_tax_yearly = k->net_after_tax + r->income_tax_yearly;
  r->health_yearly = k->health.budget;
  r->eligible = TRUE;
  r->unemployment_insurance = FALSE;
}

static void
compute_sasu (const PsParams   *p,
              const PsScenario *s,
              PsComparison     *c)
{
  PsStatusResult *r = &c->statuses[PS_STATUS_SASU];
  const PsCompanyResult *k = &c->sasu;

  company_inputs_of (p, s, c, &c->sasu_inputs);
  c->sasu_inputs.pay = s->sasu_salary_yearly;
  ps_sasu_compute (p, &c->sasu_inputs, &c->sasu);

  r->status = PS_STATUS_SASU;
  company_result (s, k, r);
  r->sick_pay = k->gross > 0;
  r->complementary_pension = k->gross > 0;
  if (k->gross > 0)
    {
      memcpy (r->lines, k->payslip.lines, sizeof (PsLine) * k->payslip.n_lines);
      r->n_lines = k->payslip.n_lines;
    }
  add_line (r, "is", "Impôt sur les sociétés", "CGI art. 219", k->profit, 0, k->corporate_tax);
  add_line (r, "dividend_social", "Prélèvements sociaux sur les dividendes", "CSS art. L136-7 ; CGI art. 235 ter",
            k->dividends, 0, k->dividend_contributions);
  add_line (r, "dividend_tax", k->dividends_at_scale ? "Impôt sur les dividendes (barème)" : "Prélèvement forfaitaire unique (impôt)",
            k->dividends_at_scale ? "CGI art. 158 3 2°" : "CGI art. 200 A", k->dividends, 0, k->dividend_income_tax);
  add_line (r, "csm", "Cotisation subsidiaire maladie", "CSS art. L380-2 et D380-2", k->csm.capital,
            p->csm_rate * k->csm.coefficient, k->csm.amount);
  add_health_line (r, &k->health);
  finish (r);
}

static void
compute_eurl (const PsParams   *p,
              const PsScenario *s,
              PsComparison     *c)
{
  PsStatusResult *r = &c->statuses[PS_STATUS_EURL];
  const PsCompanyResult *k = &c->eurl;

  company_inputs_of (p, s, c, &c->eurl_inputs);
  c->eurl_inputs.pay = s->eurl_remuneration_yearly;
  c->eurl_inputs.ir = s->eurl_ir;
  c->eurl_inputs.capital = s->eurl_capital;
  ps_eurl_compute (p, &c->eurl_inputs, &c->eurl);

  r->status = PS_STATUS_EURL;
  company_result (s, k, r);
  r->sick_pay = TRUE;
  r->complementary_pension = TRUE;
  add_yearly_lines (r, k->tns.lines, k->tns.n_lines);
  add_line (r, "is", "Impôt sur les sociétés", "CGI art. 219", k->profit, 0, k->corporate_tax);
  add_line (r, "dividend_social", "Prélèvements sociaux et cotisations sur les dividendes", "CSS art. L131-6 et L136-7",
            k->dividends, 0, k->dividend_contributions);
  add_line (r, "dividend_tax", k->dividends_at_scale ? "Impôt sur les dividendes (barème)" : "Prélèvement forfaitaire unique (impôt)",
            k->dividends_at_scale ? "CGI art. 158 3 2°" : "CGI art. 200 A", k->dividends, 0, k->dividend_income_tax);
  add_line (r, "csm", "Cotisation subsidiaire maladie", "CSS art. L380-2 et D380-2", k->csm.capital,
            p->csm_rate * k->csm.coefficient, k->csm.amount);
  add_health_line (r, &k->health);
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
  c->health_yearly = ps_comparison_health_yearly (s, &c->portage);
  compute_cdi (p, s, c);
  compute_micro (p, s, c);
  compute_sasu (p, s, c);
  compute_eurl (p, s, c);
  ps_comparison_pick_best (c);
}

void
ps_comparison_portage_changed (const PsParams *p,
                               PsComparison   *c)
{
  /* micro, SASU and EURL take portage's health budget ("as portage's
   * payslip"): a portage with other terms (an offer's mutuelle, a salary
   * of another size) gives them another one. The premium with no salary
   * is the portage firm's, as portage was computed. */
  if (c->scenario.health_yearly < 0)
    {
      PsScenario s = c->scenario;
      double health;

      s.profile.mutuelle_monthly = c->portage_inputs.profile.mutuelle_monthly;
      health = ps_comparison_health_yearly (&s, &c->portage);
      if (health != c->health_yearly)
        {
          c->health_yearly = health;
          memset (&c->statuses[PS_STATUS_MICRO], 0, sizeof c->statuses[PS_STATUS_MICRO]);
          memset (&c->statuses[PS_STATUS_SASU], 0, sizeof c->statuses[PS_STATUS_SASU]);
          memset (&c->statuses[PS_STATUS_EURL], 0, sizeof c->statuses[PS_STATUS_EURL]);
          compute_micro (p, &c->scenario, c);
          compute_sasu (p, &c->scenario, c);
          compute_eurl (p, &c->scenario, c);
        }
    }
  ps_comparison_pick_best (c);
}

void
ps_comparison_pick_best (PsComparison *c)
{
  /* the best is one that can be used and leaves something; there may be
   * none (has_best FALSE: best then names the CDI, never shown as best) */
  c->has_best = FALSE;
  c->best = PS_STATUS_CDI;
  for (int i = 0; i < PS_N_STATUSES; i++)
    if (c->statuses[i].eligible && c->statuses[i].net_after_tax_yearly > 0
        && (!c->has_best || c->statuses[i].net_after_tax_yearly > c->statuses[c->best].net_after_tax_yearly))
      {
        c->best = i;
        c->has_best = TRUE;
      }
}

void
ps_comparison_compute_status (const PsParams   *p,
                              const PsScenario *s,
                              PsStatus          status,
                              PsComparison     *c)
{
  static void (*const compute[PS_N_STATUSES]) (const PsParams *, const PsScenario *, PsComparison *) = {
    [PS_STATUS_PORTAGE] = compute_portage,
    [PS_STATUS_CDI] = compute_cdi,
    [PS_STATUS_MICRO] = compute_micro,
    [PS_STATUS_SASU] = compute_sasu,
    [PS_STATUS_EURL] = compute_eurl,
  };

  g_return_if_fail (status < PS_N_STATUSES);
  memset (&c->statuses[status], 0, sizeof c->statuses[status]);
  c->scenario = *s;
  /* the others' health budget is portage's (a couple of µs) */
  if (status != PS_STATUS_PORTAGE && status != PS_STATUS_CDI)
    {
      compute_portage (p, s, c);
      c->health_yearly = ps_comparison_health_yearly (s, &c->portage);
    }
  compute[status] (p, s, c);
}

char **
ps_comparison_warnings (const PsComparison *c,
                        PsStatus            status)
{
  switch (status)
    {
    case PS_STATUS_PORTAGE:
      return ps_portage_warning_messages (&c->portage, &c->portage_inputs);
    case PS_STATUS_MICRO:
      return ps_micro_warning_messages (&c->micro);
    case PS_STATUS_CDI:
    case PS_STATUS_SASU:
    case PS_STATUS_EURL:
    case PS_N_STATUSES:
    default:
      return g_new0 (char *, 1);
    }
}

/* @n comparisons from @tjm_from to @tjm_to, each status's net after tax
 * a month; with @usable_only, NAN where the status can't be used */
static void
sweep (const PsParams   *p,
       const PsScenario *s,
       double            tjm_from,
       double            tjm_to,
       int               n,
       gboolean          usable_only,
       double           *out)
{
  PsScenario probe = *s;
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  for (int i = 0; i < n; i++)
    {
      probe.tjm = n > 1 ? tjm_from + (tjm_to - tjm_from) * i / (n - 1) : tjm_from;
      ps_comparison_compute (p, &probe, c);
      for (int k = 0; k < PS_N_STATUSES; k++)
        out[i * PS_N_STATUSES + k] = !usable_only || c->statuses[k].eligible
                                     ? c->statuses[k].net_after_tax_monthly : NAN;
    }
}

void
ps_comparison_sweep_usable (const PsParams   *p,
                            const PsScenario *s,
                            double            tjm_from,
                            double            tjm_to,
                            int               n,
                            double           *out)
{
  sweep (p, s, tjm_from, tjm_to, n, TRUE, out);
}

void
ps_comparison_sweep (const PsParams   *p,
                     const PsScenario *s,
                     double            tjm_from,
                     double            tjm_to,
                     int               n,
                     double           *out)
{
  sweep (p, s, tjm_from, tjm_to, n, FALSE, out);
}
