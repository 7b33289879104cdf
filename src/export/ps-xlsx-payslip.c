/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The salaried statuses' sheets, their payslip: the helpers of every status
 * sheet, the payslip's lines as formulas, the search for the gross in cells
 * and the payslip rows (the sheets themselves: ps-xlsx-salary.c).
 *
 * The gross salary is what the engine solves for: the largest gross, to the
 * cent, whose employer cost fits a budget. The sheet does the same search,
 * in cells: a bisection on whole cents, one row per step, each row
 * computing the employer cost of its gross from the contribution lines and
 * the Assumptions sheet. It is the engine's own algorithm, so the sheet lands on
 * the engine's cent, including at the RGDU cliff (3 SMIC), where the cost
 * jumps and no gross spends the whole budget; and it follows any input.
 *
 * The payslip, the solver and the income-tax rows are shared with the
 * other status sheets (ps-xlsx-private.h): the SASU président's payslip
 * is this one with the officer's lines (x->profile). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-xlsx-salary-private.h"

/* ------------------------------------------------------------ helpers */

char *
ps_xlsx_status_name (PsStatus    status,
                     const char *key)
{
  return g_strconcat (ps_status_id (status), "_", key, NULL);
}


/* label | monthly | yearly (= monthly × 12); returns the monthly cell */
PsCell
ps_xlsx_money_row (PsXlsx     *x,
                   PsStatus    status,
                   int         row,
                   const char *text,
                   PsX         monthly,
                   gboolean    total,
                   const char *key,
                   PsCell     *yearly)
{
  PsSheet *s = x->current;
  lxw_format *vf = total ? x->fmt.money_total : x->fmt.money;
  PsCell m, y;

  label (s, row, text, total ? x->fmt.label_total : x->fmt.label);
  m = ps_sheet_formula (s, row, 1, monthly, vf);
  y = ps_sheet_formula (s, row, 2, ps_x_mul (x, cell (x, m), n (x, 12)), vf);
  if (key != NULL)
    name_cell (x, status, key, m);
  if (yearly != NULL)
    *yearly = y;
  return m;
}

/* label | monthly (= yearly / 12) | yearly; returns the yearly cell */
PsCell
ps_xlsx_money_row_yearly (PsXlsx     *x,
                          PsStatus    status,
                          int         row,
                          const char *text,
                          PsX         yearly,
                          gboolean    total,
                          const char *monthly_key,
                          const char *yearly_key,
                          PsCell     *monthly)
{
  PsSheet *s = x->current;
  lxw_format *vf = total ? x->fmt.money_total : x->fmt.money;
  PsCell m, y;

  label (s, row, text, total ? x->fmt.label_total : x->fmt.label);
  y = ps_sheet_formula (s, row, 2, yearly, vf);
  m = ps_sheet_formula (s, row, 1, ps_x_div (x, cell (x, y), n (x, 12)), vf);
  if (monthly_key != NULL)
    name_cell (x, status, monthly_key, m);
  if (yearly_key != NULL)
    name_cell (x, status, yearly_key, y);
  if (monthly != NULL)
    *monthly = m;
  return y;
}

void
ps_xlsx_title (PsXlsx     *x,
               const char *text,
               const char *subtitle)
{
  PsSheet *s = x->current;
  /* the first three columns: the label's 70 characters and two amounts */
  int lines = (int) ceil (g_utf8_strlen (subtitle, -1) / 100.0);
  g_autofree char *typo = ps_xlsx_typo (x, subtitle);

  label (s, 0, text, x->fmt.title);
  if (s->blocks)
    return;
  /* long: wrapped within the printed width */
  worksheet_merge_range (s->ws, 1, 0, 1, 2, typo, x->fmt.subtitle_wrap);
  worksheet_set_row (s->ws, 1, 13.5 * MAX (1, lines), NULL);
}

void
ps_xlsx_column_headers (PsXlsx     *x,
                        int         row,
                        const char *first,
                        ...)
{
  va_list ap;
  int col = 1;

  ps_sheet_string (x->current, row, 0, first, x->fmt.header_left);
  va_start (ap, first);
  for (const char *t = va_arg (ap, const char *); t != NULL; t = va_arg (ap, const char *))
    ps_sheet_string (x->current, row, col++, t, x->fmt.header);
  va_end (ap);
}

/* ------------------------------------------------------------ the payslip as expressions */

static PsX
rate_of (PsXlsx *x,
         PsCell  c)
{
  return c.row >= 0 ? cell (x, c) : n (x, 0);
}

static PsX if_paid (PsXlsx *x, PsX gross, PsX e);

/* The health premium and its employer share: an offer's own, or the
 * Summary's. */
static PsX
mutuelle_x (PsXlsx *x)
{
  return x->offer_prof != NULL ? cell (x, x->offer_prof->mutuelle) : nm (x, "mutuelle_monthly");
}

static PsX
mutuelle_share_x (PsXlsx *x)
{
  return x->offer_prof != NULL ? cell (x, x->offer_prof->mutuelle_share) : nm (x, "mutuelle_employer_share");
}

/* The law's prévoyance for cadres, on tranche 1 of the gross (0: none). */
static PsX
prevoyance_cadre_x (PsXlsx *x,
                    PsX     gross)
{
  const PsParams *p = x->p;
  PsX prevoyance = n (x, 0);
  gboolean any = FALSE;

  for (int i = 0; i < p->n_contributions; i++)
    {
      const PsContribution *c = &p->contributions[i];
      PsX term;

      if (!x->profile->applies[i] || c->branch != PS_BRANCH_WELFARE || c->base != PS_BASE_T1_GROSS)
        continue;
      term = ps_x_mul (x, ps_x_min (x, gross, nm (x, "pss_monthly")), rate_of (x, x->contribution[i].employer));
      prevoyance = any ? ps_x_add (x, prevoyance, term) : term;
      any = TRUE;
    }
  return prevoyance;
}

/* An offer's own prévoyance contract (ps_payslip's "prevoyance_firm"):
 * its premium, MIN (gross, PMSS) × rate + a month, and what the employer
 * pays of it, its share but never less than the law's cadre minimum. */
static PsX
prevoyance_premium_x (PsXlsx *x,
                      PsX     gross)
{
  const PsOfferProfileCells *o = x->offer_prof;

  return ps_x_add (x, ps_x_mul (x, ps_x_min (x, gross, nm (x, "pss_monthly")), cell (x, o->prevoyance_pct)),
                   cell (x, o->prevoyance_monthly));
}

static PsX
prevoyance_employer_x (PsXlsx *x,
                       PsX     gross)
{
  return ps_x_max (x, ps_x_mul (x, prevoyance_premium_x (x, gross), cell (x, x->offer_prof->prevoyance_share)),
                   prevoyance_cadre_x (x, gross));
}

/* Employer health and welfare contributions: the employer's share of the
 * health premium, plus the cadres' prévoyance on tranche 1 of the gross
 * (an offer's own contract: what the employer pays of it). */
static PsX
welfare_x (PsXlsx *x,
           PsX     gross)
{
  PsX health = ps_x_mul (x, mutuelle_x (x), mutuelle_share_x (x));

  if (x->offer_prof != NULL)
    return ps_x_add (x, health, prevoyance_employer_x (x, gross));
  return ps_x_add (x, health, prevoyance_cadre_x (x, gross));
}

/* Gross + the employer welfare above its exemption
 * (6 % PMSS + 1.5 % of pay, at most 12 % PMSS). */
static PsX
assiette_x (PsXlsx *x,
            PsX     gross,
            PsX     welfare)
{
  PsX pss = nm (x, "pss_monthly");
  PsX exempt = ps_x_min (x,
                         ps_x_add (x, ps_x_mul (x, nm (x, "welfare_exempt_pss_pct"), pss),
                                   ps_x_mul (x, nm (x, "welfare_exempt_gross_pct"), gross)),
                         ps_x_mul (x, nm (x, "welfare_exempt_cap_pss_pct"), pss));

  return ps_x_add (x, gross, ps_x_max (x, n (x, 0), ps_x_sub (x, welfare, exempt)));
}

static PsX
base_x (PsXlsx *x,
        PsBase  base,
        PsX     gross,
        PsX     welfare,
        PsX     assiette)
{
  PsX pss = nm (x, "pss_monthly");

  switch (base)
    {
    case PS_BASE_GROSS:
      return assiette;
    case PS_BASE_T1:
      return ps_x_min (x, assiette, pss);
    case PS_BASE_T1_GROSS:
      return ps_x_min (x, gross, pss);
    case PS_BASE_T2:
      return ps_x_min (x, ps_x_max (x, ps_x_sub (x, assiette, pss), n (x, 0)), ps_x_mul (x, n (x, 7), pss));
    case PS_BASE_CAP4:
      return ps_x_min (x, assiette, ps_x_mul (x, n (x, 4), pss));
    case PS_BASE_CAP8:
      return ps_x_min (x, assiette, ps_x_mul (x, n (x, 8), pss));
    case PS_BASE_CSG:
      {
        PsX cap = ps_x_mul (x, nm (x, "csg_abatement_ceiling_pmss"), pss);

        return ps_x_add (x,
                         ps_x_add (x, ps_x_mul (x, nm (x, "csg_base_pct"), ps_x_min (x, gross, cap)),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, gross, cap))),
                         welfare);
      }
    case PS_BASE_WELFARE:
      return welfare;
    case PS_BASE_HEALTH:
    default:
      return mutuelle_x (x);
    }
}

/* A line's employer rate: its cell on the Assumptions sheet, or the reduced
 * rate when the pay is low enough (2025 maladie and allocations familiales). */
static PsX
employer_rate_x (PsXlsx *x,
                 int     i,
                 PsX     assiette)
{
  const PsContribution *c = &x->p->contributions[i];
  const PsRateCells *rc = &x->contribution[i];

  /* an offer's firm's versement mobilité (its city's): on its sheet, or
   * on the Portage sheet for the scenario's current offer */
  if (c->kind == PS_RATE_VM && x->offer_vm.sheet != NULL && x->offer_vm.row >= 0)
    return cell (x, x->offer_vm);
  /* its own AT/MP and mutuelle */
  if (c->kind == PS_RATE_ATMP && x->offer_prof != NULL)
    return ps_x_max (x, cell (x, x->offer_prof->atmp), nm (x, "atmp_min_pct"));
  if (c->kind == PS_RATE_HEALTH && x->offer_prof != NULL)
    return mutuelle_share_x (x);
  if (rc->reduced.row >= 0)
    {
      PsX threshold = ps_x_round (x, ps_x_mul (x, ps_x_mul (x, n (x, c->reduced_max_smic), nm (x, "smic_hourly")),
                                               nm (x, "smic_monthly_hours")), 2);

      return ps_x_if (x, ps_x_cmp (x, assiette, "<=", threshold), cell (x, rc->reduced), rate_of (x, rc->employer));
    }
  return rate_of (x, rc->employer);
}

/* The employer reduction's coefficient (RGDU in 2026, the réduction
 * générale in 2025), rounded to 4 decimals, 0 from its SMIC ceiling. */
static PsX
coef_x (PsXlsx *x,
        PsX     assiette)
{
  const PsParams *p = x->p;
  gboolean small = x->profile->small;
  PsX ceiling = ps_x_mul (x, nm (x, "reduction_smic_factor"), nm (x, "smic_monthly"));
  PsX ratio = ps_x_sub (x, ps_x_div (x, ceiling, assiette), n (x, 1));
  PsX coef;

  if (p->reduction_kind == 2)
    {
      PsX tmin = nm (x, "reduction_tmin");
      PsX tdelta = nm (x, small ? "reduction_tdelta_lt50" : "reduction_tdelta_ge50");

      coef = ps_x_add (x, tmin, ps_x_mul (x, tdelta, ps_x_pow (x, ps_x_mul (x, n (x, 0.5), ratio),
                                                               nm (x, "reduction_p"))));
      coef = ps_x_min (x, coef, ps_x_add (x, tmin, tdelta));
    }
  else if (p->reduction_kind == 1)
    {
      PsX t = nm (x, small ? "reduction_t_lt50" : "reduction_t_ge50");

      coef = ps_x_min (x, ps_x_mul (x, ps_x_div (x, t, n (x, 0.6)), ratio), t);
    }
  else
    return n (x, 0);
  if (x->profile->officer)
    return n (x, 0);

  coef = ps_x_round (x, ps_x_max (x, coef, n (x, 0)), 4);
  return ps_x_if (x, ps_x_cmp (x, assiette, "<=", n (x, 0)), n (x, 0),
                  ps_x_if (x, ps_x_cmp (x, assiette, ">=", ceiling), n (x, 0), coef));
}

static PsX
line_base_x (PsXlsx *x,
             int     i,
             PsX     base,
             PsX     assiette)
{
  /* the CET is due only when pay exceeds 1 PMSS */
  if (x->p->contributions[i].above_pmss)
    return ps_x_if (x, ps_x_cmp (x, assiette, ">", nm (x, "pss_monthly")), base, n (x, 0));
  return base;
}

/* The employer contributions before the reduction, line by line. */
static PsX
employer_sum_x (PsXlsx *x,
                PsX     gross,
                PsX     welfare,
                PsX     assiette)
{
  const PsParams *p = x->p;
  PsX sum = { NULL };
  gboolean any = FALSE;

  for (int i = 0; i < p->n_contributions; i++)
    {
      PsX term;

      if (!x->profile->applies[i] || x->contribution[i].employer.row < 0)
        continue;
      term = ps_x_mul (x, line_base_x (x, i, base_x (x, p->contributions[i].base, gross, welfare, assiette), assiette),
                       employer_rate_x (x, i, assiette));
      sum = any ? ps_x_add (x, sum, term) : term;
      any = TRUE;
    }
  /* an offer's own prévoyance contract, above the cadre line */
  if (x->offer_prof != NULL)
    {
      PsX term = if_paid (x, gross, ps_x_sub (x, prevoyance_employer_x (x, gross), prevoyance_cadre_x (x, gross)));

      sum = any ? ps_x_add (x, sum, term) : term;
      any = TRUE;
    }
  return any ? sum : n (x, 0);
}

/* ------------------------------------------------------------ the solver */

int
ps_xlsx_solver_rows (void)
{
  /* title, explanation, header, start, steps, result, two checks */
  return 3 + 1 + SOLVER_STEPS + 1 + 2;
}

/* One row evaluating the employer cost (× @factor) of the gross in cents
 * in column S_MID. */
static PsCell
solver_cost_row (PsXlsx *x,
                 int     row,
                 PsX     mid,
                 PsCell *factor,
                 PsX     envelope)
{
  PsSheet *s = x->current;
  PsCell c_mid = ps_sheet_formula (s, row, S_MID, mid, x->fmt.integer);
  PsCell c_gross = ps_sheet_formula (s, row, S_GROSS, ps_x_div (x, cell (x, c_mid), n (x, 100)), x->fmt.money);
  PsCell c_w = ps_sheet_formula (s, row, S_WELFARE, welfare_x (x, cell (x, c_gross)), x->fmt.money);
  PsCell c_a = ps_sheet_formula (s, row, S_ASSIETTE, assiette_x (x, cell (x, c_gross), cell (x, c_w)), x->fmt.money);
  PsCell c_er = ps_sheet_formula (s, row, S_EMPLOYER,
                                  employer_sum_x (x, cell (x, c_gross), cell (x, c_w), cell (x, c_a)),
                                  x->fmt.money);
  PsCell c_coef = ps_sheet_formula (s, row, S_COEF, coef_x (x, cell (x, c_a)), x->fmt.decimal4);
  PsX cost = ps_x_add (x, cell (x, c_gross),
                       ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, c_er), ps_x_mul (x, cell (x, c_coef), cell (x, c_a)))));
  PsCell c_cost;

  if (factor != NULL)
    cost = ps_x_mul (x, cost, cell (x, *factor));
  c_cost = ps_sheet_formula (s, row, S_COST, cost, x->fmt.money);
  ps_sheet_formula (s, row, S_FITS,
                    ps_x_if (x, ps_x_cmp (x, cell (x, c_cost), "<=", ps_x_add (x, envelope, n (x, 1e-9))),
                             ps_x_str (x, _("yes")), ps_x_str (x, _("no"))),
                    x->fmt.check);
  return c_cost;
}

/* The bisection, from @row. @factor multiplies the cost (the portage
 * réserve), NULL for none. */
PsSolvedCells
ps_xlsx_write_solver (PsXlsx     *x,
                      int         row,
                      PsCell      envelope,
                      PsCell     *factor,
                      const char *what)
{
  PsSheet *s = x->current;
  PsX env = cell (x, envelope);
  PsX eps = ps_x_add (x, env, n (x, 1e-9));
  PsCell lo, hi, cost, lo_prev, hi_prev, cost_prev, mid_prev;
  PsSolvedCells out;
  g_autofree char *heading = g_strdup_printf (_("Finding the gross salary: %s"), what);
  int group;

  ps_sheet_string (s, row++, 0, heading, x->fmt.section);
  /* the rows of the bisection: a collapsed group under this line */
  ps_sheet_string (s, row++, 0,
                   _("The largest gross, to the cent, whose employer cost fits the budget: a bisection on whole cents, one step per row, as the engine does. Its rows are grouped below: open them with the + in the margin."),
                   x->fmt.note);
  group = row;
  ps_sheet_string (s, row, S_STEP, _("Step"), x->fmt.header_left);
  ps_sheet_string (s, row, S_LO, _("Low (cents)"), x->fmt.header);
  ps_sheet_string (s, row, S_HI, _("High (cents)"), x->fmt.header);
  ps_sheet_string (s, row, S_MID, _("Tried (cents)"), x->fmt.header);
  ps_sheet_string (s, row, S_GROSS, _("Gross tried"), x->fmt.header);
  ps_sheet_string (s, row, S_WELFARE, _("Employer welfare"), x->fmt.header);
  ps_sheet_string (s, row, S_ASSIETTE, _("Assessment base"), x->fmt.header);
  ps_sheet_string (s, row, S_EMPLOYER, _("Employer contributions before reduction"), x->fmt.header);
  ps_sheet_string (s, row, S_COEF, _("Reduction coefficient"), x->fmt.header);
  ps_sheet_string (s, row, S_COST, factor ? _("Employer cost × cost factor") : _("Employer cost"), x->fmt.header);
  ps_sheet_string (s, row, S_FITS, _("Fits the budget?"), x->fmt.header);
  ps_sheet_header_row (s, row, 3);
  row++;

  /* start: [0, ceil (budget in cents) + 1] */
  ps_sheet_string (s, row, S_STEP, _("start"), x->fmt.label);
  lo = ps_sheet_number (s, row, S_LO, 0, x->fmt.integer);
  hi = ps_sheet_formula (s, row, S_HI, ps_x_add (x, ps_x_roundup (x, ps_x_mul (x, env, n (x, 100)), 0), n (x, 1)),
                         x->fmt.integer);
  row++;

  lo_prev = lo;
  hi_prev = hi;
  mid_prev = cost_prev = ps_cell (s, -1, -1);
  for (int k = 1; k <= SOLVER_STEPS + 1; k++, row++)
    {
      gboolean last = k == SOLVER_STEPS + 1;

      if (k > 1)
        {
          PsX fits = ps_x_cmp (x, cell (x, cost_prev), "<=", eps);

          lo = ps_sheet_formula (s, row, S_LO, ps_x_if (x, fits, cell (x, mid_prev), cell (x, lo_prev)), x->fmt.integer);
          hi = ps_sheet_formula (s, row, S_HI, ps_x_if (x, fits, cell (x, hi_prev), cell (x, mid_prev)), x->fmt.integer);
        }
      if (last)
        {
          ps_sheet_string (s, row, S_STEP, _("result"), x->fmt.label_total);
          out.gross = ps_sheet_formula (s, row, S_GROSS, ps_x_div (x, cell (x, lo), n (x, 100)), x->fmt.money_total);
          break;
        }
      ps_sheet_number (s, row, S_STEP, k, x->fmt.integer);
      cost = solver_cost_row (x, row,
                              ps_x_add (x, cell (x, lo),
                                        /* a budget ≤ 0 gives high < low: stay at 0 */
                                        ps_x_max (x, n (x, 0),
                                                  ps_x_int (x, ps_x_div (x, ps_x_sub (x, cell (x, hi), cell (x, lo)),
                                                                         n (x, 2))))),
                              factor, env);
      mid_prev = ps_cell (s, row, S_MID);
      cost_prev = cost;
      lo_prev = lo;
      hi_prev = hi;
    }
  row++;

  /* checks: the result fits, one more cent does not */
  ps_sheet_string (s, row, S_STEP, _("check: result"), x->fmt.label);
  out.cost = solver_cost_row (x, row, ps_x_round (x, ps_x_mul (x, cell (x, out.gross), n (x, 100)), 0), factor, env);
  row++;
  ps_sheet_string (s, row, S_STEP, _("check: + 1 cent"), x->fmt.label);
  out.cost_next = solver_cost_row (x, row, ps_x_add (x, cell (x, ps_cell (s, row - 1, S_MID)), n (x, 1)), factor, env);
  ps_sheet_outline (s, group, row, 3);
  return out;
}

/* ------------------------------------------------------------ payslip */

static gboolean
has_reduction (PsXlsx *x)
{
  return x->p->reduction_kind != 0 && !x->profile->officer;
}

/* Without a salary there is no payslip at all, not even the health
 * premium (as the engine). */
static PsX
if_paid (PsXlsx *x,
         PsX     gross,
         PsX     e)
{
  return ps_x_if (x, ps_x_cmp (x, gross, ">", n (x, 0)), e, n (x, 0));
}

PsX
ps_xlsx_health_payslip_x (PsXlsx               *x,
                          const PsPayslipCells *slip,
                          PsX                   gross)
{
  /* the employer's welfare (his share of the premium, the prévoyance) +
   * the employee's share of the premium (+ his share of an offer's own
   * prévoyance contract) */
  PsX premium = cell (x, slip->base[PS_BASE_HEALTH]);
  PsX employee = ps_x_sub (x, premium, ps_x_mul (x, premium, mutuelle_share_x (x)));

  if (slip->prevoyance_employee.sheet != NULL)
    employee = ps_x_add (x, employee, cell (x, slip->prevoyance_employee));
  return if_paid (x, gross, ps_x_round (x, ps_x_mul (x, ps_x_add (x, cell (x, slip->welfare), employee), n (x, 12)), 2));
}

void
ps_xlsx_write_health_default (PsXlsx               *x,
                              const PsPayslipCells *slip,
                              PsCell                gross)
{
  PsSheet *back = x->current;
  PsX g;

  /* the premium with no salary: the firm's (an offer's own, as the
   * engine's ps_comparison_portage_changed ()) */
  x->current = x->summary;
  g = cell (x, gross);
  ps_sheet_formula (x->summary, x->health_input.row, x->health_input.col,
                    ps_x_if (x, ps_x_cmp (x, g, ">", n (x, 0)), ps_xlsx_health_payslip_x (x, slip, g),
                             ps_x_round (x, ps_x_mul (x, mutuelle_x (x), n (x, 12)), 2)),
                    x->fmt.money_input);
  x->current = back;
}

int
ps_xlsx_payslip_rows (PsXlsx *x)
{
  int lines = 0;

  for (int i = 0; i < x->p->n_contributions; i++)
    if (x->profile->applies[i])
      lines++;
  if (x->offer_prof != NULL)
    lines++;
  /* title, 11 bases, blank, header, lines, reduction, total */
  return 1 + 11 + 1 + 1 + lines + (has_reduction (x) ? 1 : 0) + 1;
}

void
ps_xlsx_write_payslip (PsXlsx  *x,
                       int      row,
                       PsCell   gross_source,
                       PsPayslipCells *slip)
{
  PsSheet *s = x->current;
  const PsParams *p = x->p;
  PsX G, W, A;
  int first_line, last_line;
  gboolean any_nd = FALSE;
  struct
  {
    PsBase      base;
    const char *text;
  } bases[] = {
    { PS_BASE_T1, _("Tranche 1 (assessment base up to 1 PMSS)") },
    { PS_BASE_T2, _("Tranche 2 (from 1 to 8 PMSS)") },
    { PS_BASE_CAP4, _("Assessment base capped at 4 PMSS") },
    { PS_BASE_CAP8, _("Assessment base capped at 8 PMSS") },
    { PS_BASE_T1_GROSS, _("Tranche 1 of the gross salary") },
    /* xgettext:no-c-format */
    { PS_BASE_CSG, _("CSG/CRDS base (98.25% of the gross up to 4 PMSS + employer welfare)") },
    { PS_BASE_HEALTH, _("Health insurance premium") },
  };

  slip->prevoyance_employee = ps_cell (NULL, -1, -1);
  ps_sheet_string (s, row++, 0, _("Payslip of the month, line by line"), x->fmt.section);

  label (s, row, _("Gross salary"), x->fmt.label);
  slip->gross = ps_sheet_formula (s, row++, L_BASE, cell (x, gross_source), x->fmt.money);
  G = cell (x, slip->gross);
  label (s, row, _("Employer health and welfare contributions"), x->fmt.label);
  slip->welfare = ps_sheet_formula (s, row++, L_BASE, if_paid (x, G, welfare_x (x, G)), x->fmt.money);
  W = cell (x, slip->welfare);
  label (s, row, _("Assessment base (gross + non-exempt employer welfare)"), x->fmt.label);
  slip->assiette = ps_sheet_formula (s, row++, L_BASE, assiette_x (x, G, W), x->fmt.money);
  A = cell (x, slip->assiette);
  slip->base[PS_BASE_GROSS] = slip->assiette;
  slip->base[PS_BASE_WELFARE] = slip->welfare;
  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      PsX b = base_x (x, bases[i].base, G, W, A);

      if (bases[i].base == PS_BASE_HEALTH)
        b = if_paid (x, G, b);
      label (s, row, bases[i].text, x->fmt.label_indent);
      slip->base[bases[i].base] = ps_sheet_formula (s, row++, L_BASE, b, x->fmt.money);
    }
  label (s, row, x->profile->officer ? _("Employer reduction coefficient (none for a company officer)")
                 : p->reduction_kind == 1 ? _("Coefficient of the general reduction (0 from 1.6 SMIC)")
                 : _("Coefficient of the RGDU (0 from 3 SMIC)"),
         x->fmt.label);
  slip->coef = ps_sheet_formula (s, row++, L_BASE, coef_x (x, A), x->fmt.decimal4);
  row++;

  ps_sheet_string (s, row, L_LABEL, _("Contribution"), x->fmt.header_left);
  ps_sheet_string (s, row, L_BASE, _("Base"), x->fmt.header);
  ps_sheet_string (s, row, L_EE_RATE, _("Employee rate"), x->fmt.header);
  ps_sheet_string (s, row, L_EE, _("Employee"), x->fmt.header);
  ps_sheet_string (s, row, L_ER_RATE, _("Employer rate"), x->fmt.header);
  ps_sheet_string (s, row, L_ER, _("Employer"), x->fmt.header);
  ps_sheet_string (s, row, L_EE_YEAR, _("Employee, per year"), x->fmt.header);
  ps_sheet_string (s, row, L_ER_YEAR, _("Employer, per year"), x->fmt.header);
  ps_sheet_header_row (s, row, 2);
  row++;

  first_line = row;
  for (int i = 0; i < p->n_contributions; i++)
    {
      const PsContribution *c = &p->contributions[i];
      const PsRateCells *rc = &x->contribution[i];
      PsCell b;

      if (!x->profile->applies[i])
        continue;
      label (s, row, !x->french && c->label_en != NULL ? c->label_en : c->label, x->fmt.label);
      b = ps_sheet_formula (s, row, L_BASE, line_base_x (x, i, cell (x, slip->base[c->base]), A), x->fmt.money);
      if (rc->employee.row >= 0)
        {
          PsX rate = c->kind == PS_RATE_HEALTH && x->offer_prof != NULL ? ps_x_sub (x, n (x, 1), mutuelle_share_x (x))
                                                                         : cell (x, rc->employee);
          PsCell r = ps_sheet_formula (s, row, L_EE_RATE, rate, x->fmt.rate);
          PsCell a = ps_sheet_formula (s, row, L_EE, ps_x_mul (x, cell (x, b), cell (x, r)), x->fmt.money);

          ps_sheet_formula (s, row, L_EE_YEAR, ps_x_mul (x, cell (x, a), n (x, 12)), x->fmt.money);
          if (c->not_deductible)
            {
              slip->not_deductible = any_nd ? ps_x_add (x, slip->not_deductible, cell (x, a)) : cell (x, a);
              any_nd = TRUE;
            }
        }
      if (rc->employer.row >= 0)
        {
          PsCell r = ps_sheet_formula (s, row, L_ER_RATE, employer_rate_x (x, i, A), x->fmt.rate);
          PsCell a = ps_sheet_formula (s, row, L_ER, ps_x_mul (x, cell (x, b), cell (x, r)), x->fmt.money);

          ps_sheet_formula (s, row, L_ER_YEAR, ps_x_mul (x, cell (x, a), n (x, 12)), x->fmt.money);
        }
      row++;
    }
  if (x->offer_prof != NULL)
    {
      /* an offer's own prévoyance contract (ps_payslip's prevoyance_firm) */
      PsX employer = prevoyance_employer_x (x, G);
      PsX cadre = prevoyance_cadre_x (x, G);
      PsCell b, ee, er;

      label (s, row, _("The firm’s prévoyance contract (above the law’s minimum)"), x->fmt.label);
      b = ps_sheet_formula (s, row, L_BASE, if_paid (x, G, ps_x_min (x, G, nm (x, "pss_monthly"))), x->fmt.money);
      ee = ps_sheet_formula (s, row, L_EE,
                             if_paid (x, G, ps_x_max (x, n (x, 0), ps_x_sub (x, prevoyance_premium_x (x, G), employer))),
                             x->fmt.money);
      er = ps_sheet_formula (s, row, L_ER, if_paid (x, G, ps_x_sub (x, employer, cadre)), x->fmt.money);
      ps_sheet_formula (s, row, L_EE_RATE,
                        ps_x_if (x, ps_x_cmp (x, cell (x, b), ">", n (x, 0)), ps_x_div (x, cell (x, ee), cell (x, b)), n (x, 0)),
                        x->fmt.rate);
      ps_sheet_formula (s, row, L_ER_RATE,
                        ps_x_if (x, ps_x_cmp (x, cell (x, b), ">", n (x, 0)), ps_x_div (x, cell (x, er), cell (x, b)), n (x, 0)),
                        x->fmt.rate);
      ps_sheet_formula (s, row, L_EE_YEAR, ps_x_mul (x, cell (x, ee), n (x, 12)), x->fmt.money);
      ps_sheet_formula (s, row, L_ER_YEAR, ps_x_mul (x, cell (x, er), n (x, 12)), x->fmt.money);
      slip->prevoyance_employee = ee;
      row++;
    }
  if (has_reduction (x))
    {
      PsCell r, a;

      label (s, row, p->reduction_kind == 2 ? _("Single degressive general reduction (RGDU)")
                                            : _("General reduction of employer contributions"),
             x->fmt.label);
      ps_sheet_formula (s, row, L_BASE, A, x->fmt.money);
      r = ps_sheet_formula (s, row, L_ER_RATE, ps_x_sub (x, n (x, 0), cell (x, slip->coef)), x->fmt.rate);
      a = ps_sheet_formula (s, row, L_ER, ps_x_mul (x, A, cell (x, r)), x->fmt.money);
      ps_sheet_formula (s, row, L_ER_YEAR, ps_x_mul (x, cell (x, a), n (x, 12)), x->fmt.money);
      row++;
    }
  last_line = row - 1;

  label (s, row, _("Total contributions"), x->fmt.label_total);
  slip->employee_total = ps_sheet_formula (s, row, L_EE,
                                           ps_x_max (x, n (x, 0), ps_x_sum (x, ps_cell (s, first_line, L_EE),
                                                                            ps_cell (s, last_line, L_EE))),
                                           x->fmt.money_total);
  slip->employer_total = ps_sheet_formula (s, row, L_ER,
                                           ps_x_max (x, n (x, 0), ps_x_sum (x, ps_cell (s, first_line, L_ER),
                                                                            ps_cell (s, last_line, L_ER))),
                                           x->fmt.money_total);
  ps_sheet_formula (s, row, L_EE_YEAR, ps_x_mul (x, cell (x, slip->employee_total), n (x, 12)), x->fmt.money_total);
  ps_sheet_formula (s, row, L_ER_YEAR, ps_x_mul (x, cell (x, slip->employer_total), n (x, 12)), x->fmt.money_total);
  slip->has_not_deductible = any_nd;
}

/* Net before tax + the non-deductible CSG/CRDS + the employer's health
 * share + the employee's health premium and the employer's prévoyance
 * (the welfare but his health share) above their deductible limit, 5 % PSS
 * + 2 % of pay, at most 16 % PSS (CGI art. 83 1° quater: since LF 2014 the
 * employer's prévoyance is not taxable within it); 0 without a payslip. */
PsX
ps_xlsx_taxable_x (PsXlsx        *x,
                   const PsPayslipCells *slip,
                   PsX            net_before_tax)
{
  PsX pss = nm (x, "pss_monthly");
  PsX premium = mutuelle_x (x);
  PsX health_employer = ps_x_mul (x, premium, mutuelle_share_x (x));
  PsX employee_share = ps_x_sub (x, premium, health_employer);
  PsX prevoyance_employer = ps_x_sub (x, cell (x, slip->welfare), health_employer);
  PsX deductible = ps_x_min (x,
                             ps_x_add (x, ps_x_mul (x, nm (x, "employee_welfare_exempt_pss_pct"), pss),
                                       ps_x_mul (x, nm (x, "employee_welfare_exempt_gross_pct"), cell (x, slip->gross))),
                             ps_x_mul (x, nm (x, "employee_welfare_exempt_cap_pss_pct"), pss));
  PsX t = net_before_tax;

  if (slip->has_not_deductible)
    t = ps_x_add (x, t, slip->not_deductible);
  t = ps_x_add (x, t, health_employer);
  if (slip->prevoyance_employee.sheet != NULL)
    employee_share = ps_x_add (x, employee_share, cell (x, slip->prevoyance_employee));
  return if_paid (x, cell (x, slip->gross),
                  ps_x_add (x, t, ps_x_max (x, n (x, 0),
                                            ps_x_sub (x, ps_x_add (x, employee_share, prevoyance_employer),
                                                      deductible))));
}
