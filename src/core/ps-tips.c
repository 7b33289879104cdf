/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tips"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-income-tax.h"
#include "ps-money.h"
#include "ps-offer.h"
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
  g_free (tip->title_yearly);
  g_free (tip->ceiling_yearly);
  g_free (tip->tradeoff);
  g_free (tip);
}

const char *
ps_tip_title (const PsTip *tip,
              PsPeriod     period)
{
  g_return_val_if_fail (tip != NULL, NULL);
  return period == PS_PERIOD_YEAR && tip->title_yearly != NULL ? tip->title_yearly : tip->title;
}

const char *
ps_tip_ceiling (const PsTip *tip,
                PsPeriod     period)
{
  g_return_val_if_fail (tip != NULL, NULL);
  return period == PS_PERIOD_YEAR && tip->ceiling_yearly != NULL ? tip->ceiling_yearly : tip->ceiling;
}

/* The yearly amount of a monthly one, formatted (ps-period). */
static char *
money_yearly (double monthly)
{
  return ps_format_money (ps_period_amount (PS_PERIOD_YEAR, monthly));
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
  const PsOffer  *offer;  /* the scenario's current offer makes portage, or NULL */
} Ctx;

/* @s's comparison, with the current offer's portage when there is one */
static void
compare (Ctx              *ctx,
         const PsScenario *s,
         PsComparison     *out)
{
  ps_comparison_compute (ctx->params, s, out);
  if (ctx->offer != NULL)
    ps_comparison_apply_offer (ctx->params, ctx->offer, out);
}

static double
portage_net (Ctx        *ctx,
             PsScenario *variant)
{
  compare (ctx, variant, ctx->c1);
  return ctx->c1->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
}

static double gain_of_exempt_payment (Ctx    *ctx,
                                      double  cost,
                                      double  received);

static PsTip *
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
      return NULL;
    }
  tip = g_new0 (PsTip, 1);
  tip->id = id;
  tip->status = status;
  tip->title = title;
  tip->ceiling = ceiling;
  tip->tradeoff = g_strdup (tradeoff);
  tip->amount_monthly = amount;
  tip->gain_monthly = gain;
  tip->baseline = N_("Compared with the current figures");
  g_ptr_array_add (ctx->tips, tip);
  return tip;
}

/* An exempt payment's tip, with what it levies for the plan. */
static PsTip *
add_payment_tip (Ctx        *ctx,
                 const char *id,
                 double      amount,
                 double      cost,
                 double      received,
                 char       *title,
                 char       *ceiling,
                 const char *tradeoff)
{
  PsTip *tip = add_tip (ctx, id, PS_STATUS_PORTAGE, amount, gain_of_exempt_payment (ctx, cost, received),
                        title, ceiling, tradeoff);

  if (tip != NULL)
    {
      tip->cost_monthly = cost;
      tip->received_monthly = received;
    }
  return tip;
}

void
ps_tips_split_days (const PsScenario *s,
                    double           *client_days,
                    double           *home_days)
{
  double days = s->days_per_year / 12;
  double share = CLAMP (s->telework_days_per_week, 0, 5) / 5;

  *home_days = days * share;
  *client_days = days - *home_days;
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
      compare (ctx, &v, ctx->c1);
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
  {
    PsTip *tip = add_tip (ctx, "expenses", PS_STATUS_PORTAGE, delta, gain,
                          g_strdup_printf (_("Declare %s a month of professional expenses"), amount),
                          g_strdup_printf (_("Firms usually accept up to %s of the gross salary (%s a month)"), pct, cap_text),
                          _("Only real, justified costs; each euro taken out of salary earns no pension, unemployment or sick-pay rights."));

    if (tip != NULL)
      {
        g_autofree char *yearly = money_yearly (delta);
        g_autofree char *cap_yearly = money_yearly (p->portage_expenses_cap_rate * ctx->c1->portage.gross);

        tip->cost_monthly = tip->received_monthly = delta;
        tip->title_yearly = g_strdup_printf (_("Declare %s a year of professional expenses"), yearly);
        tip->ceiling_yearly = g_strdup_printf (_("Firms usually accept up to %s of the gross salary (%s a year)"),
                                               pct, cap_yearly);
      }
  }
}

static void
tip_telework (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double client_days, home_days, days, allowance;
  g_autofree char *amount = NULL, *daily = NULL, *cap = NULL, *days_text = NULL;
  PsTip *tip;

  ps_tips_split_days (&ctx->base, &client_days, &home_days);
  days = MIN (home_days, p->telework_monthly_cap / p->telework_daily);
  allowance = MIN (days * p->telework_daily, p->telework_monthly_cap);
  if (allowance <= 0)
    return;
  amount = ps_format_money (allowance);
  daily = ps_format_money (p->telework_daily);
  cap = ps_format_money (p->telework_monthly_cap);
  days_text = ps_format_number (home_days, home_days == floor (home_days) ? 0 : 1);
  tip = add_payment_tip (ctx, "telework", allowance, allowance, allowance,
                   /* Translators: an amount, then a number of days */
                   g_strdup_printf (_("Ask for the télétravail allowance: %s a month (for the %s days a month worked from home)"),
                                    amount, days_text),
                   g_strdup_printf (_("%s a day worked from home, at most %s a month, without receipts"), daily, cap),
                   _("Only for days actually worked from home (the days at the client have the meal allowance), and not on top of home-office expenses already declared."));
  if (tip != NULL)
    {
      g_autofree char *yearly = money_yearly (allowance);

      /* Translators: an amount a year, then a number of days a month */
      tip->title_yearly = g_strdup_printf (_("Ask for the télétravail allowance: %s a year (for the %s days a month worked from home)"),
                                           yearly, days_text);
    }
}

static void
tip_meals (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double client_days, home_days, allowance;
  g_autofree char *amount = NULL, *per_meal = NULL, *restaurant = NULL, *days_text = NULL;
  PsTip *tip;

  ps_tips_split_days (&ctx->base, &client_days, &home_days);
  allowance = client_days * p->meal_outside_premises;
  if (allowance <= 0)
    return;
  amount = ps_format_money (allowance);
  per_meal = ps_format_money (p->meal_outside_premises);
  restaurant = ps_format_money (p->meal_restaurant);
  days_text = ps_format_number (client_days, client_days == floor (client_days) ? 0 : 1);
  tip = add_payment_tip (ctx, "meals", allowance, allowance, allowance,
                   g_strdup_printf (_("Claim meal allowances for the %s days a month at the client: %s a month"), days_text, amount),
                   g_strdup_printf (_("%s a meal away from your usual workplace (%s with a restaurant receipt)"), per_meal, restaurant),
                   _("Only for days at the client, when the mission keeps you from eating at home; one meal benefit a day: the days from home take the titres-restaurant instead."));
  if (tip != NULL)
    {
      g_autofree char *yearly = money_yearly (allowance);

      tip->title_yearly = g_strdup_printf (_("Claim meal allowances for the %s days a month at the client: %s a year"),
                                           days_text, yearly);
    }
}

static void
tip_titres_restaurant (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double client_days, home_days;
  double employer = p->tr_employer_exempt_max;
  double value = employer / p->tr_employer_share_max;
  g_autofree char *value_text = NULL, *employer_text = NULL, *amount = NULL, *days_text = NULL;
  PsTip *tip;

  /* one meal benefit a day: the meal allowance on the days at the client,
   * titres-restaurant on the days from home */
  ps_tips_split_days (&ctx->base, &client_days, &home_days);
  if (home_days <= 0)
    return;
  value_text = ps_format_money (value);
  employer_text = ps_format_money (employer);
  amount = ps_format_money (employer * home_days);
  days_text = ps_format_number (home_days, home_days == floor (home_days) ? 0 : 1);
  /* The employer part leaves the envelope exempt; the employee part is
   * paid from the net and comes back as food: the gain is the employer
   * part minus the net salary it displaces. */
  tip = add_payment_tip (ctx, "titres_restaurant", employer * home_days, employer * home_days, employer * home_days,
                   g_strdup_printf (_("Take titres-restaurant of %s for the %s days a month from home (%s a month of exempt employer share)"),
                                    value_text, days_text, amount),
                   g_strdup_printf (_("Employer share exempt up to %s a ticket, one ticket a day worked"), employer_text),
                   _("Spent on food only; you pay the other part of each ticket from your net salary; not on the days the meal allowance covers."));
  if (tip != NULL)
    {
      g_autofree char *yearly = money_yearly (employer * home_days);

      tip->title_yearly = g_strdup_printf (_("Take titres-restaurant of %s for the %s days a month from home (%s a year of exempt employer share)"),
                                           value_text, days_text, yearly);
    }
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
  add_payment_tip (ctx, id, abondement, abondement * (1 + forfait), abondement * (1 - p->savings_csg_crds),
                   pee ? g_strdup_printf (_("Have %s a year paid into a PEE as abondement (%s a month)"), amount, monthly)
                       : g_strdup_printf (_("Have %s a year paid into a PER collectif as abondement (%s a month)"), amount, monthly),
                   g_strdup_printf (_("At most %s of the PASS a year, and three times what you pay in yourself"), pct),
                   pee ? _("You must pay in yourself (the abondement is at most three times it); the money is locked for five years (with early-release cases); your firm must offer a PEE; and the abondement may not replace salary (non-substitution rule): funded from your own billing, URSSAF may requalify it as pay.")
                       : _("You must pay in yourself (the abondement is at most three times it); the money is locked until retirement; your firm must offer a PER collectif; the abondement lowers your PER individuel ceiling; and it may not replace salary (non-substitution rule): funded from your own billing, URSSAF may requalify it as pay."));
}

/* The PER individuel: the payment the ceiling allows and the income tax it
 * saves a month, on @r's salary (the réserve's taxable part included when
 * it is counted), the ceiling less @perco_yearly of PER collectif
 * abondement (CGI art. 163 quatervicies I-2-b: 10 % of last year's
 * professional income within 8 PASS, at least 10 % of the PASS, both of
 * the previous year). 0 outside the scale. */
static double
per_saving (Ctx                   *ctx,
            const PsPortageResult *r,
            double                 perco_yearly,
            double                *out_payment)
{
  const PsParams *p = ctx->params;
  double taxable = (r->taxable_net + (ctx->base.reserve_cash_only ? 0 : r->reserve_taxable)) * 12;
  double income = taxable - ps_income_tax_salary_deduction (p, taxable);
  double pass = p->per_pass_previous_year;
  double ceiling, payment, before, after;

  *out_payment = 0;
  if (ctx->base.tax.method != PS_TAX_BAREME || income <= 0)
    return 0;
  ceiling = MAX (p->per_deduction * MIN (income, p->per_cap_pass_multiple * pass), p->per_floor_pass * pass);
  payment = floor (MIN (ceiling - perco_yearly, income) / 100) * 100;
  if (payment <= 0)
    return 0;
  before = ps_round_euros (ps_income_tax_bareme (p, income, ctx->base.tax.parts));
  after = ps_round_euros (ps_income_tax_bareme (p, MAX (0, income - payment), ctx->base.tax.parts));
  *out_payment = payment;
  return (before - after) / 12;
}

static void
tip_per (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  double payment, gain = per_saving (ctx, &ctx->c0->portage, 0, &payment);
  g_autofree char *amount = NULL, *saving = NULL, *pct = NULL, *pass = NULL;

  if (payment <= 0)
    return;
  amount = ps_format_money (payment);
  saving = ps_format_money (gain * 12);
  pct = ps_format_percent (p->per_deduction * 100, 0);
  pass = ps_format_money (p->per_pass_previous_year);
  add_tip (ctx, "per", PS_STATUS_PORTAGE, payment / 12, gain,
           g_strdup_printf (_("Pay %s a year into a PER individuel: %s less income tax"), amount, saving),
           g_strdup_printf (_("Deductible up to %s of your professional income, at least %s of last year’s PASS (%s), less any PER collectif abondement"),
                            pct, pct, pass),
           _("A payment of your own, from your net; the money is locked until retirement and taxed when it comes out."));
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
  PsTip *tip;

  if (km <= 0)
    return;
  tip = add_tip (ctx, "mileage", PS_STATUS_PORTAGE, allowance,
           gain_of_exempt_payment (ctx, allowance, allowance),
           g_strdup_printf (_("Claim mileage allowances for %s km a year: %s a month"), km_text, amount),
           g_strdup (_("Barème kilométrique for a 5 CV car; your firm may cap the distance")),
           _("Only business trips with your own car, with a log of dates, places and distances."));
  if (tip != NULL)
    {
      g_autofree char *yearly = money_yearly (allowance);

      tip->title_yearly = g_strdup_printf (_("Claim mileage allowances for %s km a year: %s a year"), km_text, yearly);
    }
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
  compare (ctx, &v, ctx->c1);
  gain = (ctx->c1->statuses[PS_STATUS_MICRO].net_after_tax_yearly
          - ctx->c0->statuses[PS_STATUS_MICRO].net_after_tax_yearly) / 12;
  add_tip (ctx, "micro_vl", PS_STATUS_MICRO, 0, gain,
           g_strdup_printf (_("Micro: opt for the versement libératoire (%s of the revenue)"), rate),
           g_strdup_printf (_("Only if the household’s reference income two years ago was at most %s"), limit),
           _("It replaces the scale for this income: worth it while your marginal rate is above it, and the option holds for the year."));
}

static void
tip_micro_acre (Ctx *ctx)
{
  const PsParams *p = ctx->params;
  PsScenario v = ctx->base;
  g_autofree char *share = ps_format_percent (p->micro_acre_share * 100, 0);
  double gain;

  /* since 2026 the ACRE is for a few (unemployed with benefits, under 26,
   * a business in a priority area…): only when the user says so */
  if (ctx->base.micro_acre || !ctx->base.acre_eligible || !ctx->c0->statuses[PS_STATUS_MICRO].eligible)
    return;
  v.micro_acre = TRUE;
  compare (ctx, &v, ctx->c1);
  gain = (ctx->c1->statuses[PS_STATUS_MICRO].net_after_tax_yearly
          - ctx->c0->statuses[PS_STATUS_MICRO].net_after_tax_yearly) / 12;
  add_tip (ctx, "micro_acre", PS_STATUS_MICRO, 0, gain,
           g_strdup (_("Micro: ask for the ACRE when you start (within 60 days)")),
           g_strdup_printf (_("The first year, contributions at %s of the normal rate"), share),
           _("Only at creation, on request, and the lower contributions earn fewer pension rights."));
}

static void
tip_sasu_split (Ctx *ctx)
{
  PsScenario v = ctx->base;
  const PsCompanyResult *k;
  g_autofree char *salary = NULL, *dividends = NULL;
  double gain, net0 = ctx->c0->statuses[PS_STATUS_SASU].net_after_tax_yearly;
  PsTip *tip;

  /* the best split is what the SASU's card shows already: proposing it
   * gains nothing over what is shown */
  if (ctx->base.sasu_salary_yearly < 0)
    return;
  /* a salary was chosen: what the best split would add to it */
  v.sasu_salary_yearly = -1;
  compare (ctx, &v, ctx->c1);
  gain = (ctx->c1->statuses[PS_STATUS_SASU].net_after_tax_yearly - net0) / 12;
  k = &ctx->c1->sasu;
  salary = ps_format_money (k->pay);
  dividends = ps_format_money (k->dividends);
  tip = add_tip (ctx, "sasu_split", PS_STATUS_SASU, k->pay / 12, gain,
                 k->pay < 1 ? g_strdup_printf (_("SASU: take no salary, and %s a year of dividends"), dividends)
                            : g_strdup_printf (_("SASU: pay yourself %s a year of salary (employer cost) and %s of dividends"), salary, dividends),
                 g_strdup (_("The split that leaves the most after the IS, contributions and income tax")),
                 _("Dividends earn no pension, sick-pay or unemployment rights, and the split is re-decided every year."));
  if (tip != NULL)
    tip->baseline = N_("Compared with the salary set in the inputs, shown above");
}

static int
by_gain (gconstpointer a,
         gconstpointer b)
{
  const PsTip *ta = *(PsTip **) a, *tb = *(PsTip **) b;

  return (tb->gain_monthly > ta->gain_monthly) - (tb->gain_monthly < ta->gain_monthly);
}

/* portage's net a month with the tips of @tips whose bit is in @mask,
 * all in one engine run (NaN if the firm couldn't pay that: the salary
 * under the convention minimum, or the expenses above the usual cap) */
static double
plan_net (Ctx       *ctx,
          GPtrArray *tips,
          guint64    mask)
{
  const PsParams *p = ctx->params;
  PsScenario v = ctx->base;
  double received = 0, perco_yearly = 0, real_expenses = ctx->base.expenses_monthly, payment, net;
  gboolean per = FALSE;

  for (guint i = 0; i < tips->len; i++)
    {
      PsTip *t = g_ptr_array_index (tips, i);

      if (!(mask & ((guint64) 1 << i)))
        continue;
      v.expenses_monthly += t->cost_monthly;
      received += t->received_monthly;
      if (g_str_equal (t->id, "expenses"))
        real_expenses += t->cost_monthly;
      else if (g_str_equal (t->id, "fee_cap"))
        v.fee_cap_monthly = p->fee_typical_cap_monthly;
      else if (g_str_equal (t->id, "perco"))
        perco_yearly += t->amount_monthly * 12;
      else if (g_str_equal (t->id, "per"))
        per = TRUE;
    }
  compare (ctx, &v, ctx->c1);
  if ((ctx->c1->portage.warnings & PS_PORTAGE_WARN_BELOW_MINIMUM)
      || !ctx->c1->statuses[PS_STATUS_PORTAGE].eligible
      || (real_expenses > 0 && real_expenses > p->portage_expenses_cap_rate * ctx->c1->portage.gross))
    return NAN;
  net = ctx->c1->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly + received;
  if (per)
    net += per_saving (ctx, &ctx->c1->portage, perco_yearly, &payment);
  return net;
}

/* Portage's tips taken together: all of them, less the weakest while the
 * firm couldn't pay the lot; each one's part is the plan's gain less the
 * plan's without it. */
static void
make_plan (Ctx        *ctx,
           PsTipsPlan *plan)
{
  g_autoptr (GPtrArray) portage = g_ptr_array_new ();
  double net0 = ctx->c0->statuses[PS_STATUS_PORTAGE].net_after_tax_monthly;
  guint64 mask;
  double net = NAN;

  memset (plan, 0, sizeof *plan);
  plan->status = PS_STATUS_PORTAGE;
  for (guint i = 0; i < ctx->tips->len; i++)
    {
      PsTip *t = g_ptr_array_index (ctx->tips, i);

      if (t->status == PS_STATUS_PORTAGE && portage->len < 63)
        g_ptr_array_add (portage, t);
    }
  /* best first: the weakest is dropped first */
  g_ptr_array_sort (portage, by_gain);
  mask = portage->len > 0 ? (((guint64) 1 << portage->len) - 1) : 0;
  while (mask != 0)
    {
      net = plan_net (ctx, portage, mask);
      if (!isnan (net))
        break;
      mask &= ~((guint64) 1 << (63 - __builtin_clzll (mask)));
    }
  if (mask == 0 || isnan (net))
    return;
  /* a tip that adds nothing to the others (the PER individuel whose
   * ceiling the PER collectif's abondement has used up) is not part of it */
  for (gboolean changed = TRUE; changed && mask != 0;)
    {
      changed = FALSE;
      for (guint i = 0; i < portage->len; i++)
        {
          double without;

          if (!(mask & ((guint64) 1 << i)))
            continue;
          without = plan_net (ctx, portage, mask & ~((guint64) 1 << i));
          if (!isnan (without) && net - without < MIN_GAIN)
            {
              mask &= ~((guint64) 1 << i);
              net = without;
              changed = TRUE;
            }
        }
    }
  if (mask == 0)
    return;
  plan->gain_monthly = net - net0;
  for (guint i = 0; i < portage->len; i++)
    {
      PsTip *t = g_ptr_array_index (portage, i);
      double without;

      if (!(mask & ((guint64) 1 << i)))
        continue;
      t->in_plan = TRUE;
      plan->n_tips++;
      without = plan_net (ctx, portage, mask & ~((guint64) 1 << i));
      t->gain_in_plan_monthly = isnan (without) ? t->gain_monthly : net - without;
    }
}

GPtrArray *
ps_tips_compute (const PsParams   *params,
                 const PsScenario *scenario)
{
  return ps_tips_compute_with_plan (params, scenario, NULL);
}

GPtrArray *
ps_tips_compute_with_plan (const PsParams   *params,
                           const PsScenario *scenario,
                           PsTipsPlan       *plan)
{
  return ps_tips_compute_offer (params, scenario, NULL, plan);
}

GPtrArray *
ps_tips_compute_offer (const PsParams   *params,
                       const PsScenario *scenario,
                       const PsOffer    *offer,
                       PsTipsPlan       *plan)
{
  g_autofree PsComparison *c0 = g_new (PsComparison, 1);
  g_autofree PsComparison *c1 = g_new (PsComparison, 1);
  Ctx ctx = { params, *scenario, c0, c1, g_ptr_array_new_with_free_func ((GDestroyNotify) ps_tip_free), offer };

  compare (&ctx, scenario, c0);
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
      /* an offer's fee is its own: offers compares them */
      if (offer == NULL)
        tip_fee_cap (&ctx);
    }
  tip_micro_vl (&ctx);
  tip_micro_acre (&ctx);
  if (scenario->tjm * scenario->days_per_year > scenario->company_running_costs)
    tip_sasu_split (&ctx);
  g_ptr_array_sort (ctx.tips, by_gain);
  if (plan != NULL)
    make_plan (&ctx, plan);
  return ctx.tips;
}
