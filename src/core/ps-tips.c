/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tips"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-income-tax.h"
#include "ps-money.h"
#include "ps-tips.h"

/* Below this, a tip is not worth a line. */
#define MIN_GAIN 1.0

void
ps_tip_free (PsTip *tip)
{
  if (tip == NULL)
    return;
  g_free (tip->title);
  g_free (tip->ceiling);
  g_free (tip->tradeoff);
  g_free (tip);
}

double
ps_mileage_allowance (const PsParams *p,
                      double          km)
{
  if (km <= 0)
    return 0;
  if (km <= 5000)
    return km * p->mileage_5cv_short;
  if (km <= 20000)
    return km * p->mileage_5cv_mid_rate + p->mileage_5cv_mid_fixed;
  return km * p->mileage_5cv_long;
}

typedef struct
{
  const PsParams *params;
  PsScenario      base;
  PsComparison   *c0;     /* the scenario as it is */
  PsComparison   *c1;     /* scratch: the scenario with a tip applied */
  GPtrArray      *tips;
} Ctx;

static double
portage_net (Ctx        *ctx,
             PsScenario *variant)
{
  ps_comparison_compute (ctx->params, variant, ctx->c1);
  return ctx->c1->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
}

static void
add_tip (Ctx        *ctx,
         const char *id,
         PsStatus    status,
         double      amount,
         double      gain,
         char       *title,
         char       *ceiling,
         const char *tradeoff)
{
  PsTip *tip;

  if (!(gain >= MIN_GAIN))
    {
      g_free (title);
      g_free (ceiling);
      return;
    }
  tip = g_new0 (PsTip, 1);
  tip->id = id;
  tip->status = status;
  tip->title = title;
  tip->ceiling = ceiling;
  tip->tradeoff = g_strdup (tradeoff);
  tip->amount_monthly = amount;
  tip->gain_monthly = gain;
  g_ptr_array_add (ctx->tips, tip);
}

/* An amount the firm pays out of the envelope, free of contributions and
 * income tax (an allowance, a reimbursement): the gain is what it brings
 * minus the net salary it displaces. @received is what reaches the
 * consultant (or covers a cost they pay anyway); @cost what leaves the
 * envelope. */
static double
gain_of_exempt_payment (Ctx    *ctx,
                        double  cost,
                        double  received)
{
  PsScenario v = ctx->base;
  double net0 = ctx->c0->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
  double net;

  v.expenses_monthly += cost;
  net = portage_net (ctx, &v);
  /* a tip that would take the salary under the convention minimum is no
   * tip: the firm could not pay it (NaN drops it) */
  if (ctx->c1->portage.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM)
    return NAN;
  return net + received - net0;
}

static void
tip_expenses (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  const PsPortageResult *r = &ctx->c0->portage;
  double delta = floor (MIN (300.0, p->portage_expenses_cap_rate * r->gross - r->expenses) / 10) * 10;
  g_autofree char *amount = NULL, *cap_text = NULL, *pct = NULL;
  double gain = NAN;

  /* the cap is a share of the gross the expenses themselves lower: shrink
   * the amount until the salary after it still carries it (and the
   * convention minimum) */
  for (; delta >= 10; delta -= 10)
    {
      PsScenario v = ctx->base;

      v.expenses_monthly += delta;
      ps_comparison_compute (p, &v, ctx->c1);
      if (!(ctx->c1->portage.warnings & (PS_PORTAGE_WARN_EXPENSES_CAP | PS_PORTAGE_WARN_BELOW_MINIMUM)))
        {
          gain = gain_of_exempt_payment (ctx, delta, delta);
          break;
        }
    }
  if (delta < 10)
    return;
  amount = ps_format_money (delta);
  cap_text = ps_format_money (p->portage_expenses_cap_rate * ctx->c1->portage.gross);
  pct = ps_format_percent (p->portage_expenses_cap_rate * 100, 0);
  /* Costs the consultant pays anyway, now reimbursed from the envelope:
   * the gain is the reimbursement minus the net salary it replaces. */
  add_tip (ctx, "expenses", PS_STATUS_PORTAGE, delta, gain,
           g_strdup_printf (_("Declare %s a month of professional expenses"), amount),
           g_strdup_printf (_("Firms usually accept up to %s of the gross salary (%s a month)"), pct, cap_text),
           _("Only real, justified costs; each euro taken out of salary earns no pension, unemployment or sick-pay rights."));
}

static void
tip_telework (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double days = MIN (ctx->base.days_per_year / 12, p->telework_monthly_cap / p->telework_daily);
  double allowance = MIN (days * p->telework_daily, p->telework_monthly_cap);
  g_autofree char *amount = ps_format_money (allowance);
  g_autofree char *daily = ps_format_money (p->telework_daily);
  g_autofree char *cap = ps_format_money (p->telework_monthly_cap);

  if (allowance <= 0)
    return;
  add_tip (ctx, "telework", PS_STATUS_PORTAGE, allowance,
           gain_of_exempt_payment (ctx, allowance, allowance),
           g_strdup_printf (_("Ask for the télétravail allowance: %s a month"), amount),
           g_strdup_printf (_("%s a day worked from home, at most %s a month, without receipts"), daily, cap),
           _("Only for days actually worked from home (not the days at the client, which the meal allowance counts), and not on top of home-office expenses already declared."));
}

static void
tip_meals (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double days = ctx->base.days_per_year / 12;
  double allowance = days * p->meal_outside_premises;
  g_autofree char *amount = ps_format_money (allowance);
  g_autofree char *per_meal = ps_format_money (p->meal_outside_premises);
  g_autofree char *restaurant = ps_format_money (p->meal_restaurant);

  if (allowance <= 0)
    return;
  add_tip (ctx, "meals", PS_STATUS_PORTAGE, allowance,
           gain_of_exempt_payment (ctx, allowance, allowance),
           g_strdup_printf (_("Claim meal allowances for the days at the client: %s a month"), amount),
           g_strdup_printf (_("%s a meal away from your usual workplace (%s with a restaurant receipt)"), per_meal, restaurant),
           _("Only for days at the client, when the mission keeps you from eating at home (not the days worked from home); not with titres-restaurant for the same meal."));
}

static void
tip_titres_restaurant (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double days = ctx->base.days_per_year / 12;
  double employer = p->tr_employer_exempt_max;
  double value = employer / p->tr_employer_share_max;
  g_autofree char *value_text = ps_format_money (value);
  g_autofree char *employer_text = ps_format_money (employer);
  g_autofree char *amount = ps_format_money (employer * days);

  if (days <= 0)
    return;
  /* The employer part leaves the envelope exempt; the employee part is
   * paid from the net and comes back as food: the gain is the employer
   * part minus the net salary it displaces. */
  add_tip (ctx, "titres_restaurant", PS_STATUS_PORTAGE, employer * days,
           gain_of_exempt_payment (ctx, employer * days, employer * days),
           g_strdup_printf (_("Take titres-restaurant of %s a day (%s a month of exempt employer share)"), value_text, amount),
           g_strdup_printf (_("Employer share exempt up to %s a ticket, one ticket a day worked"), employer_text),
           _("Spent on food only; you pay the other part of each ticket from your net salary."));
}

static void
tip_savings (Ctx        *ctx,
             const char *id,
             double      cap_pass)
{
  const PsParams *p = ctx->params;
  double abondement = cap_pass * p->pss_annual / 12;
  double forfait = ctx->base.profile.headcount >= 50 ? p->savings_forfait_social : 0;
  g_autofree char *amount = ps_format_money (abondement * 12);
  g_autofree char *monthly = ps_format_money (abondement);
  g_autofree char *pct = ps_format_percent (cap_pass * 100, 0);
  gboolean pee = g_str_equal (id, "pee");

  /* The abondement costs the envelope itself plus the forfait social and
   * reaches the plan net of CSG-CRDS. */
  add_tip (ctx, id, PS_STATUS_PORTAGE, abondement,
           gain_of_exempt_payment (ctx, abondement * (1 + forfait), abondement * (1 - p->savings_csg_crds)),
           pee ? g_strdup_printf (_("Have %s a year paid into a PEE as abondement (%s a month)"), amount, monthly)
               : g_strdup_printf (_("Have %s a year paid into a PER collectif as abondement (%s a month)"), amount, monthly),
           g_strdup_printf (_("At most %s of the PASS a year, and three times what you pay in yourself"), pct),
           pee ? _("The money is locked for five years (with early-release cases), and your firm must offer a PEE.")
               : _("The money is locked until retirement, and your firm must offer a PER collectif."));
}

static void
tip_per (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  const PsPortageResult *r = &ctx->c0->portage;
  double taxable = r->taxable_net * 12;
  double salary_income = taxable - ps_income_tax_salary_deduction (p, taxable);
  double payment = MAX (p->per_deduction * MIN (salary_income, p->per_cap_pass_multiple * p->pss_annual),
                        p->per_floor_pass * p->pss_annual);
  double before, after, gain;
  g_autofree char *amount = NULL, *saving = NULL, *pct = NULL;

  if (ctx->base.tax.method != PS_TAX_BAREME || salary_income <= 0)
    return;
  payment = floor (MIN (payment, salary_income) / 100) * 100;
  before = ps_round_euros (ps_income_tax_bareme (p, salary_income, ctx->base.tax.parts));
  after = ps_round_euros (ps_income_tax_bareme (p, MAX (0, salary_income - payment), ctx->base.tax.parts));
  gain = (before - after) / 12;
  amount = ps_format_money (payment);
  saving = ps_format_money (before - after);
  pct = ps_format_percent (p->per_deduction * 100, 0);
  add_tip (ctx, "per", PS_STATUS_PORTAGE, payment / 12, gain,
           g_strdup_printf (_("Pay %s a year into a PER individuel: %s less income tax"), amount, saving),
           g_strdup_printf (_("Deductible up to %s of your professional income (at least %s of the PASS)"),
                            pct, pct),
           _("The money is locked until retirement and taxed when it comes out."));
}

static void
tip_fee_cap (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  PsScenario v = ctx->base;
  double net0 = ctx->c0->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
  g_autofree char *cap = ps_format_money (p->fee_typical_cap_monthly);

  if (v.fee_model == PS_FEE_FLAT || (v.fee_cap_monthly > 0 && v.fee_cap_monthly <= p->fee_typical_cap_monthly))
    return;
  v.fee_cap_monthly = p->fee_typical_cap_monthly;
  add_tip (ctx, "fee_cap", PS_STATUS_PORTAGE, ctx->c0->portage.fees - MIN (ctx->c0->portage.fees, p->fee_typical_cap_monthly),
           portage_net (ctx, &v) - net0,
           g_strdup_printf (_("Choose a firm whose fee is capped at %s a month"), cap),
           g_strdup (_("Some firms cap their percentage fee; at a high revenue a cap or a flat fee costs less")),
           _("Check what the fee includes: capped or flat offers often bill insurance or services on top."));
}

static void
tip_mileage (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double km = ctx->base.mileage_km_yearly;
  double allowance = ps_mileage_allowance (p, km) / 12;
  g_autofree char *amount = ps_format_money (allowance);
  g_autofree char *km_text = ps_format_number (km, 0);

  if (km <= 0)
    return;
  add_tip (ctx, "mileage", PS_STATUS_PORTAGE, allowance,
           gain_of_exempt_payment (ctx, allowance, allowance),
           g_strdup_printf (_("Claim mileage allowances for %s km a year: %s a month"), km_text, amount),
           g_strdup (_("Barème kilométrique for a 5 CV car; your firm may cap the distance")),
           _("Only business trips with your own car, with a log of dates, places and distances."));
}

static void
tip_micro_vl (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  const PsMicroResult *m = &ctx->c0->micro;
  PsScenario v = ctx->base;
  g_autofree char *limit = ps_format_money (m->vl_rfr_limit);
  g_autofree char *rate = ps_format_percent (p->micro_vl_rate * 100, 1);
  double gain;

  /* only when the household's income is likely under the condition */
  if (ctx->base.micro_vl || !ctx->c0->statuses[PS_STATUS_MICRO].eligible
      || m->taxable_income > m->vl_rfr_limit)
    return;
  v.micro_vl = TRUE;
  ps_comparison_compute (p, &v, ctx->c1);
  gain = (ctx->c1->statuses[PS_STATUS_MICRO].net_after_tax_yearly
          - ctx->c0->statuses[PS_STATUS_MICRO].net_after_tax_yearly) / 12;
  add_tip (ctx, "micro_vl", PS_STATUS_MICRO, 0, gain,
           g_strdup_printf (_("Micro: opt for the versement libératoire (%s of the revenue)"), rate),
           g_strdup_printf (_("Only if the household's reference income two years ago was at most %s"), limit),
           _("It replaces the scale for this income: worth it while your marginal rate is above it, and the option holds for the year."));
}

static void
tip_micro_acre (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  PsScenario v = ctx->base;
  g_autofree char *share = ps_format_percent (p->micro_acre_share * 100, 0);
  double gain;

  if (ctx->base.micro_acre || !ctx->c0->statuses[PS_STATUS_MICRO].eligible)
    return;
  v.micro_acre = TRUE;
  ps_comparison_compute (p, &v, ctx->c1);
  gain = (ctx->c1->statuses[PS_STATUS_MICRO].net_after_tax_yearly
          - ctx->c0->statuses[PS_STATUS_MICRO].net_after_tax_yearly) / 12;
  add_tip (ctx, "micro_acre", PS_STATUS_MICRO, 0, gain,
           g_strdup (_("Micro: ask for the ACRE when you start")),
           g_strdup_printf (_("The first year, contributions at %s of the normal rate"), share),
           _("Only at creation, on request, and the lower contributions earn fewer pension rights."));
}

static void
tip_sasu_split (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  PsScenario v = ctx->base;
  const PsCompanyResult *k;
  g_autofree char *salary = NULL, *dividends = NULL;
  double gain, net0 = ctx->c0->statuses[PS_STATUS_SASU].net_after_tax_yearly;

  if (ctx->base.sasu_salary_yearly >= 0)
    {
      /* a salary was chosen: what the best split would add */
      v.sasu_salary_yearly = -1;
      ps_comparison_compute (p, &v, ctx->c1);
      gain = (ctx->c1->statuses[PS_STATUS_SASU].net_after_tax_yearly - net0) / 12;
    }
  else
    {
      /* the best split is shown: what it adds over an all-salary pay */
      ps_comparison_compute (p, &v, ctx->c1);
      v.sasu_salary_yearly = G_MAXDOUBLE / 4;
      {
        g_autofree PsComparison *all_salary = g_new (PsComparison, 1);

        ps_comparison_compute (p, &v, all_salary);
        gain = (net0 - all_salary->statuses[PS_STATUS_SASU].net_after_tax_yearly) / 12;
      }
    }
  k = &ctx->c1->sasu;
  salary = ps_format_money (k->pay);
  dividends = ps_format_money (k->dividends);
  add_tip (ctx, "sasu_split", PS_STATUS_SASU, k->pay / 12, gain,
           k->pay < 1 ? g_strdup_printf (_("SASU: take no salary, and %s a year of dividends"), dividends)
                      : g_strdup_printf (_("SASU: pay yourself %s a year of salary (employer cost) and %s of dividends"), salary, dividends),
           g_strdup (_("The split that leaves the most after the IS, contributions and income tax")),
           _("Dividends earn no pension, sick-pay or unemployment rights, and the split is re-decided every year."));
}

static int
by_gain (gconstpointer a,
         gconstpointer b)
{
  const PsTip *ta = *(PsTip **) a, *tb = *(PsTip **) b;

  return (tb->gain_monthly > ta->gain_monthly) - (tb->gain_monthly < ta->gain_monthly);
}

GPtrArray *
ps_tips_compute (const PsParams   *params,
                 const PsScenario *scenario)
{
  g_autofree PsComparison *c0 = g_new (PsComparison, 1);
  g_autofree PsComparison *c1 = g_new (PsComparison, 1);
  Ctx ctx = { params, *scenario, c0, c1, g_ptr_array_new_with_free_func ((GDestroyNotify) ps_tip_free) };

  ps_comparison_compute (params, scenario, c0);
  /* nothing to optimise in portage without a salary the firm may pay */
  if (c0->portage.envelope > 0 && c0->portage.gross > 0
      && !(c0->portage.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM))
    {
      tip_expenses (&ctx);
      tip_telework (&ctx);
      tip_meals (&ctx);
      tip_titres_restaurant (&ctx);
      tip_mileage (&ctx);
      tip_savings (&ctx, "pee", params->pee_cap_pass);
      tip_savings (&ctx, "perco", params->perco_cap_pass);
      tip_per (&ctx);
      tip_fee_cap (&ctx);
    }
  tip_micro_vl (&ctx);
  tip_micro_acre (&ctx);
  if (scenario->tjm * scenario->days_per_year > scenario->company_running_costs)
    tip_sasu_split (&ctx);
  g_ptr_array_sort (ctx.tips, by_gain);
  return ctx.tips;
}
