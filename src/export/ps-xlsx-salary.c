/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The salaried statuses' sheets (portage salarial, CDI): live formulas from
 * the inputs and the rates to the net after income tax.
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

#include "ps-xlsx-private.h"

#define SOLVER_STEPS PS_XLSX_SOLVER_STEPS
#define N_ALERTS 4   /* enough for any budget below 42 million € a month */

/* payslip columns */
enum
{
  L_LABEL,
  L_BASE,
  L_EE_RATE,
  L_EE,
  L_ER_RATE,
  L_ER,
  L_EE_YEAR,
  L_ER_YEAR,
};

/* solver columns */
enum
{
  S_STEP,
  S_LO,
  S_HI,
  S_MID,
  S_GROSS,
  S_WELFARE,
  S_ASSIETTE,
  S_EMPLOYER,
  S_COEF,
  S_COST,
  S_FITS,
  S_N_COLS
};

/* ------------------------------------------------------------ helpers */

char *
ps_xlsx_status_name (PsStatus    status,
                     const char *key)
{
  return g_strconcat (ps_status_id (status), "_", key, NULL);
}

static void
label (PsSheet    *s,
       int         row,
       const char *text,
       lxw_format *fmt)
{
  ps_sheet_string (s, row, 0, text, fmt);
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

/* Employer health and welfare contributions: the employer's share of the
 * health premium, plus the cadres' prévoyance on tranche 1 of the gross. */
static PsX
welfare_x (PsXlsx *x,
           PsX     gross)
{
  const PsParams *p = x->p;
  PsX health = ps_x_mul (x, nm (x, "mutuelle_monthly"), nm (x, "mutuelle_employer_share"));
  PsX prevoyance = { NULL };
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
  return any ? ps_x_add (x, health, prevoyance) : health;
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
      return nm (x, "mutuelle_monthly");
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
   * the employee's share of the premium */
  PsX premium = cell (x, slip->base[PS_BASE_HEALTH]);
  PsX employee = ps_x_sub (x, premium, ps_x_mul (x, premium, nm (x, "mutuelle_employer_share")));

  return if_paid (x, gross, ps_x_round (x, ps_x_mul (x, ps_x_add (x, cell (x, slip->welfare), employee), n (x, 12)), 2));
}

int
ps_xlsx_payslip_rows (PsXlsx *x)
{
  int lines = 0;

  for (int i = 0; i < x->p->n_contributions; i++)
    if (x->profile->applies[i])
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
    { PS_BASE_CSG, _("CSG/CRDS base (98.25 % of the gross up to 4 PMSS + employer welfare)") },
    { PS_BASE_HEALTH, _("Health insurance premium") },
  };

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
      label (s, row, c->label, x->fmt.label);
      b = ps_sheet_formula (s, row, L_BASE, line_base_x (x, i, cell (x, slip->base[c->base]), A), x->fmt.money);
      if (rc->employee.row >= 0)
        {
          PsCell r = ps_sheet_formula (s, row, L_EE_RATE, cell (x, rc->employee), x->fmt.rate);
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

/* Net before tax + the non-deductible CSG/CRDS + the employer welfare +
 * the employee's health premium above its deductible part (0 without a
 * payslip). */
PsX
ps_xlsx_taxable_x (PsXlsx        *x,
                   const PsPayslipCells *slip,
                   PsX            net_before_tax)
{
  PsX pss = nm (x, "pss_monthly");
  PsX premium = nm (x, "mutuelle_monthly");
  PsX employee_share = ps_x_sub (x, premium, ps_x_mul (x, premium, nm (x, "mutuelle_employer_share")));
  PsX deductible = ps_x_min (x,
                             ps_x_add (x, ps_x_mul (x, nm (x, "employee_welfare_exempt_pss_pct"), pss),
                                       ps_x_mul (x, nm (x, "employee_welfare_exempt_gross_pct"), cell (x, slip->gross))),
                             ps_x_mul (x, nm (x, "employee_welfare_exempt_cap_pss_pct"), pss));
  PsX t = net_before_tax;

  if (slip->has_not_deductible)
    t = ps_x_add (x, t, slip->not_deductible);
  t = ps_x_add (x, t, cell (x, slip->welfare));
  return if_paid (x, cell (x, slip->gross), ps_x_add (x, t, ps_x_max (x, n (x, 0), ps_x_sub (x, employee_share, deductible))));
}

/* ------------------------------------------------------------ income tax */

/* Σ rate × MAX (0, MIN (income, upper) − lower) over a bracket table */
PsX
ps_xlsx_scale_x (PsXlsx             *x,
                 const PsTableCells *t,
                 PsX                 income)
{
  PsX sum = n (x, 0);

  for (int i = 0; i < t->n; i++)
    {
      PsX top = t->upper[i].row >= 0 ? ps_x_min (x, income, cell (x, t->upper[i])) : income;
      PsX term = ps_x_mul (x, cell (x, t->rate[i]), ps_x_max (x, n (x, 0), ps_x_sub (x, top, cell (x, t->lower[i]))));

      sum = i == 0 ? term : ps_x_add (x, sum, term);
    }
  return sum;
}

static int
tax_rows (PsXlsx *x)
{
  switch (x->c->scenario.tax.method)
    {
    case PS_TAX_NEUTRAL:
    case PS_TAX_RATE:
      return 1 + 3;
    case PS_TAX_BAREME:
    default:
      return 1 + 19;
    }
}

PsCell
ps_xlsx_tax_line (PsXlsx     *x,
                  int        *row,
                  const char *text,
                  PsX         e,
                  lxw_format *fmt)
{
  label (x->current, *row, text, fmt == x->fmt.money_total ? x->fmt.label_total : x->fmt.label_indent);
  return ps_sheet_formula (x->current, (*row)++, 1, e, fmt);
}

int
ps_xlsx_scale_rows (void)
{
  return 14;
}

/* The household quotient on the scale, from @row (ps_xlsx_scale_rows ()
 * rows): the yearly tax on @income (net taxable income, yearly), before
 * rounding, as ps_income_tax_bareme () computes it. */
PsCell
ps_xlsx_write_scale (PsXlsx *x,
                     int    *row,
                     PsX     R)
{
  PsX parts, ref, q, qref, with_parts, without, gross_tax, decote, after, cehr;
  PsCell c;

  c = ps_xlsx_tax_line (x, row, _("Household parts (Summary)"), nm (x, "tax_parts"), x->fmt.number);
  parts = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Reference parts (1 single, 2 couple)"),
                ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)), n (x, 2), n (x, 1)), x->fmt.number);
  ref = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Income per part"), ps_x_div (x, R, parts), x->fmt.money);
  q = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax per part (scale)"), ps_xlsx_scale_x (x, &x->ir, q), x->fmt.money);
  c = ps_xlsx_tax_line (x, row, _("Tax with every part"), ps_x_mul (x, cell (x, c), parts), x->fmt.money);
  with_parts = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Income per reference part"), ps_x_div (x, R, ref), x->fmt.money);
  qref = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax with the reference parts"), ps_x_mul (x, ps_xlsx_scale_x (x, &x->ir, qref), ref), x->fmt.money);
  without = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Cap on the advantage of the extra half-parts"),
                ps_x_mul (x, ps_x_mul (x, nm (x, "qf_cap_half_part"), ps_x_sub (x, parts, ref)), n (x, 2)),
                x->fmt.money);
  c = ps_xlsx_tax_line (x, row, _("Tax with the capped advantage"),
                ps_x_max (x, n (x, 0), ps_x_sub (x, without, cell (x, c))), x->fmt.money);
  without = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax before the décote (the higher of the two)"),
                ps_x_max (x, with_parts, without), x->fmt.money);
  gross_tax = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Décote"),
                ps_x_max (x, n (x, 0),
                          ps_x_sub (x, ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)),
                                                nm (x, "decote_couple"), nm (x, "decote_single")),
                                    ps_x_mul (x, nm (x, "decote_pct"), gross_tax))),
                x->fmt.money);
  decote = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax after the décote"), ps_x_max (x, n (x, 0), ps_x_sub (x, gross_tax, decote)),
                x->fmt.money);
  after = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("High-income contribution (CEHR)"),
                ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)), ps_xlsx_scale_x (x, &x->cehr_couple, R),
                         ps_xlsx_scale_x (x, &x->cehr_single, R)),
                x->fmt.money);
  cehr = cell (x, c);
  return ps_xlsx_tax_line (x, row, _("Tax for the year, before rounding"), ps_x_add (x, after, cehr), x->fmt.money);
}

/* The PAS neutral rate of @monthly (≥ 0): the grid's bracket whose lower
 * bound is the highest not above it, as ps_income_tax_neutral_rate (). */
PsX
ps_xlsx_neutral_rate_x (PsXlsx *x,
                        PsX     monthly)
{
  g_autofree char *lowers = ps_range_absolute (x->pas.lower[0], x->pas.lower[x->pas.n - 1]);
  g_autofree char *rates = ps_range_absolute (x->pas.rate[0], x->pas.rate[x->pas.n - 1]);
  g_autofree char *text = g_strdup_printf ("LOOKUP(%s,%s,%s)", monthly.f, lowers, rates);
  double v = 0;

  for (int i = 0; i < x->pas.n; i++)
    if (ps_cell_value (x->pas.lower[i]) <= monthly.v)
      v = ps_cell_value (x->pas.rate[i]);
  return ps_x_raw (x, text, v);
}

/* Writes the income tax on @taxable (monthly) from @row; returns the
 * yearly tax, rounded to the euro, and its average rate in @rate. */
static PsCell
write_tax (PsXlsx *x,
           int     row,
           PsCell  taxable,
           PsCell *rate)
{
  const PsTaxSettings *tax = &x->c->scenario.tax;
  PsX T = cell (x, taxable);
  PsCell r;

  if (tax->method == PS_TAX_NEUTRAL)
    {
      ps_sheet_string (x->current, row++, 0, _("Income tax: neutral rate of the withholding tax (PAS)"), x->fmt.section);
      ps_xlsx_tax_line (x, &row, _("Monthly taxable net"), T, x->fmt.money);
      r = ps_xlsx_tax_line (x, &row, _("Neutral rate for this monthly taxable net (grid on the Assumptions sheet)"),
                    ps_xlsx_neutral_rate_x (x, T), x->fmt.percent);
    }
  else if (tax->method == PS_TAX_RATE)
    {
      ps_sheet_string (x->current, row++, 0, _("Income tax: personal withholding rate"), x->fmt.section);
      ps_xlsx_tax_line (x, &row, _("Monthly taxable net"), T, x->fmt.money);
      r = ps_xlsx_tax_line (x, &row, _("Personal rate (Summary)"), nm (x, "tax_rate"), x->fmt.rate);
    }
  else
    {
      PsX Y, D, R;
      PsCell c;

      ps_sheet_string (x->current, row++, 0, _("Income tax: progressive scale, household quotient"), x->fmt.section);
      c = ps_xlsx_tax_line (x, &row, _("Taxable net per year"), ps_x_mul (x, T, n (x, 12)), x->fmt.money);
      Y = cell (x, c);
      c = ps_xlsx_tax_line (x, &row,
                    /* xgettext:no-c-format */
                    _("10 % deduction for professional expenses (within its bounds)"),
                    ps_x_max (x, ps_x_min (x, ps_x_mul (x, Y, nm (x, "deduction_pct")), nm (x, "deduction_max")),
                              nm (x, "deduction_min")),
                    x->fmt.money);
      D = cell (x, c);
      c = ps_xlsx_tax_line (x, &row, _("Net taxable income"), ps_x_max (x, n (x, 0), ps_x_sub (x, Y, D)), x->fmt.money);
      R = cell (x, c);
      c = ps_xlsx_write_scale (x, &row, R);
      r = ps_xlsx_tax_line (x, &row, _("Average rate on the taxable net"),
                    ps_x_if (x, ps_x_cmp (x, R, ">", n (x, 0)), ps_x_div (x, cell (x, c), Y), n (x, 0)),
                    x->fmt.percent);
    }
  *rate = r;
  return ps_xlsx_tax_line (x, &row, _("Income tax for the year (rate × taxable net, to the euro)"),
                   ps_x_round (x, ps_x_mul (x, ps_x_mul (x, cell (x, r), T), n (x, 12)), 0),
                   x->fmt.money_total);
}

const char *
ps_xlsx_tax_method_text (const PsTaxSettings *t)
{
  switch (t->method)
    {
    case PS_TAX_NEUTRAL: return _("neutral rate of the withholding tax");
    case PS_TAX_RATE: return _("personal withholding rate");
    case PS_TAX_BAREME:
    default: return _("progressive scale");
    }
}

PsCell
ps_xlsx_verdict (PsXlsx *x,
                 int     row,
                 PsCell  cost,
                 PsCell  cost_next,
                 PsCell  gross,
                 PsCell  envelope)
{
  PsX eps = ps_x_add (x, cell (x, envelope), n (x, 1e-9));
  PsX fits = ps_x_cmp (x, cell (x, cost), "<=", eps);
  PsX next_over = ps_x_cmp (x, cell (x, cost_next), ">", eps);
  PsX zero = ps_x_and (x, ps_x_cmp (x, cell (x, gross), "=", n (x, 0)), ps_x_cmp (x, cell (x, cost), ">", eps));

  return ps_sheet_formula (x->current, row, 1,
                           ps_x_if (x, ps_x_or (x, ps_x_and (x, fits, next_over), zero),
                                    ps_x_str (x, _("OK")), ps_x_str (x, _("check the inputs"))),
                           x->fmt.check);
}

void
ps_xlsx_warning_row (PsXlsx     *x,
                     int         row,
                     PsX         cond,
                     const char *text)
{
  g_autofree char *t = g_strconcat ("⚠ ", text, NULL);

  ps_sheet_formula (x->current, row, 0, ps_x_if (x, cond, ps_x_str (x, t), ps_x_str (x, "")), x->fmt.warning);
}

/* "Alerts", then "None." or nothing, then a row per alert (empty unless
 * its condition holds): 2 + @n rows from @row. */
void
ps_xlsx_write_alerts (PsXlsx            *x,
                      int                row,
                      int                n_alerts,
                      const PsX         *conds,
                      const char *const *texts)
{
  PsX any = conds[0];

  ps_sheet_string (x->current, row, 0, _("Alerts"), x->fmt.section);
  for (int i = 1; i < n_alerts; i++)
    any = ps_x_or (x, any, conds[i]);
  ps_sheet_formula (x->current, row + 1, 0, ps_x_if (x, any, ps_x_str (x, ""), ps_x_str (x, _("None."))), x->fmt.label);
  for (int i = 0; i < n_alerts; i++)
    ps_xlsx_warning_row (x, row + 2 + i, conds[i], texts[i]);
}

/* ------------------------------------------------------------ portage */

enum
{
  P_REVENUE,
  P_FEES,
  P_AVAILABLE,
  P_EXPENSES,
  P_ENVELOPE,
  P_EMPLOYER,
  P_RESERVE,
  P_RESERVE_EMPLOYER,
  P_UNPAID,
  P_GROSS,
  P_BASE,
  P_IAA,
  P_PAID_LEAVE,
  P_EMPLOYEE,
  P_NET_BEFORE_TAX,
  P_TAX,
  P_NET_AFTER_TAX,
  P_EXPENSES_BACK,
  P_TAKE_HOME,
  P_OUT_OF_POCKET,
  P_RESERVE_PAID,
  P_NET,
  P_N_ROWS
};

enum
{
  M_COST,
  M_TAXABLE,
  M_CONTRIBUTIONS,
  M_TAX_RATE,
  M_MINIMUM,
  M_GROSS_FACTOR,
  M_COST_FACTOR,
  M_GAP,
  M_CHECK,
  M_NET_BEFORE_TAX,
  M_ELIGIBLE,
  M_RESERVE_EMPLOYEE,
  M_RESERVE_TAXABLE,
  M_TAXABLE_WITH_RESERVE,
  M_RESERVE_TAX,
  M_RESERVE_NET_AFTER_TAX,
  M_INCOME_TAX_COUNTED,
  M_N_ROWS
};

/* a CDD, and the réserve: the scenario's, or the offer's being written */
static gboolean
portage_cdd (PsXlsx *x)
{
  if (x->offer != NULL && x->offer->has_contract)
    return x->offer->cdd;
  return x->c->scenario.portage_cdd;
}

static PsX
reserve_x (PsXlsx *x)
{
  if (x->offer != NULL && x->offer->has_reserve)
    return n (x, x->offer->reserve ? 1 : 0);
  return nm (x, "reserve");
}

static PsX
fees_x (PsXlsx *x,
        PsX     revenue)
{
  if (x->offer != NULL)
    return ps_xlsx_offer_fees_x (x, revenue);
  return ps_xlsx_scenario_fee_x (x, revenue);
}

PsX
ps_xlsx_scenario_fee_x (PsXlsx *x,
                        PsX     revenue)
{
  const PsScenario *sc = &x->c->scenario;
  PsX fees;

  if (sc->fee_model == PS_FEE_FLAT)
    return ps_x_min (x, nm (x, "fee_flat_monthly"), revenue);
  if (sc->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES)
    fees = ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, revenue, nm (x, "expenses_monthly"))), nm (x, "fee_rate"));
  else
    fees = ps_x_mul (x, revenue, nm (x, "fee_rate"));
  return ps_x_if (x, ps_x_cmp (x, nm (x, "fee_cap_monthly"), ">", n (x, 0)),
                  ps_x_min (x, fees, nm (x, "fee_cap_monthly")), fees);
}

static const char *
level_key (PsLevel level)
{
  switch (level)
    {
    case PS_LEVEL_FIRST: return "portage_level_first_pct";
    case PS_LEVEL_JUNIOR: return "portage_level_junior_pct";
    case PS_LEVEL_EXPERT: return "portage_level_expert_pct";
    case PS_LEVEL_SENIOR:
    default: return "portage_level_senior_pct";
    }
}

void
ps_xlsx_write_portage (PsXlsx        *x,
                       PsStatus       status,
                       PsStatusCells *out)
{
  PsSheet *s = x->offer != NULL ? x->offer_sheet : x->status_sheet[status];
  const PsScenario *sc = &x->c->scenario;
  int top = 3;
  int cas = top + 1;
  int memo = cas + P_N_ROWS + 1;
  int warn = memo + 1 + M_N_ROWS + 1;
  int slip_row = warn + 2 + N_ALERTS + 1;
  int tax_row = slip_row + ps_xlsx_payslip_rows (x) + 1;
  /* the tax of the year with the réserve paid */
  int tax_row_reserve = tax_row + tax_rows (x) + 1;
  int solver_row = tax_row_reserve + tax_rows (x) + 1;
  PsCell c[P_N_ROWS], y[P_N_ROWS], m[M_N_ROWS];
  PsCell taxable, tax_yearly, tax_rate, tax_with_reserve, rate_with_reserve;
  PsX counted;
  PsPayslipCells slip = { 0 };
  PsSolvedCells solved;
  PsX rev, gross_factor, no_envelope, below_minimum;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  x->profile = &x->firm; /* the firm's payslip */
  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("Monthly amounts (a twelfth of the year) and yearly amounts. Income tax: %s. Formulas follow the Summary’s inputs and the Assumptions sheet."),
                              ps_xlsx_tax_method_text (&sc->tax));
  if (x->offer != NULL)
    {
      /* Translators: an offer's name */
      g_autofree char *title = g_strdup_printf (_("Portage offer “%s”: from the revenue to the net"), x->offer->name);

      ps_xlsx_title (x, title, subtitle);
    }
  else
    ps_xlsx_title (x, _("Portage salarial: from the revenue to the net"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);
  ps_sheet_header_row (s, top, 1);

  /* revenue → envelope: inputs only */
  rev = ps_x_mul (x, nm (x, "tjm"), ps_x_div (x, nm (x, "days_per_year"), n (x, 12)));
  c[P_REVENUE] = ps_xlsx_money_row (x, status, cas + P_REVENUE, _("Revenue excl. VAT (day rate × days billed)"), rev, FALSE,
                            "revenue_monthly", &y[P_REVENUE]);
  c[P_FEES] = ps_xlsx_money_row (x, status, cas + P_FEES, _("− Management fee"), fees_x (x, cell (x, c[P_REVENUE])), FALSE,
                         "fees_monthly", &y[P_FEES]);
  c[P_AVAILABLE] = ps_xlsx_money_row (x, status, cas + P_AVAILABLE, _("= Amount available"),
                              ps_x_sub (x, cell (x, c[P_REVENUE]), cell (x, c[P_FEES])), TRUE,
                              "available_monthly", &y[P_AVAILABLE]);
  c[P_EXPENSES] = ps_xlsx_money_row (x, status, cas + P_EXPENSES, _("− Reimbursed professional expenses"),
                             nm (x, "expenses_monthly"), FALSE, "expenses_monthly", &y[P_EXPENSES]);
  c[P_ENVELOPE] = ps_xlsx_money_row (x, status, cas + P_ENVELOPE, _("= Envelope: the employer-cost budget"),
                             ps_x_sub (x, cell (x, c[P_AVAILABLE]), cell (x, c[P_EXPENSES])), TRUE,
                             "envelope_monthly", &y[P_ENVELOPE]);

  /* the factors of the convention */
  label (s, memo + 1 + M_GROSS_FACTOR, _("Gross per euro of base salary: (1 + IAA) × (1 + paid leave)"), x->fmt.label);
  m[M_GROSS_FACTOR] = ps_sheet_formula (s, memo + 1 + M_GROSS_FACTOR, 1,
                                        ps_x_mul (x, ps_x_add (x, n (x, 1), nm (x, "portage_iaa_pct")),
                                                  ps_x_add (x, n (x, 1), nm (x, "portage_paid_leave_pct"))),
                                        x->fmt.decimal4);
  gross_factor = cell (x, m[M_GROSS_FACTOR]);
  if (portage_cdd (x))
    {
      /* a CDD: the end-of-contract indemnity, 10 % of the whole gross
       * (C. trav. L1243-8) */
      label (s, memo + 1 + M_COST_FACTOR, _("Cost factor: 1 + end-of-contract indemnity rate (CDD)"), x->fmt.label);
      /* due by law in a CDD, whatever the réserve input says */
      m[M_COST_FACTOR] = ps_sheet_formula (s, memo + 1 + M_COST_FACTOR, 1,
                                           ps_x_add (x, n (x, 1), nm (x, "portage_reserve_pct")),
                                           x->fmt.decimal4);
    }
  else
    {
      label (s, memo + 1 + M_COST_FACTOR, _("Cost factor: 1 + réserve rate / gross per euro of base"), x->fmt.label);
      m[M_COST_FACTOR] = ps_sheet_formula (s, memo + 1 + M_COST_FACTOR, 1,
                                           ps_x_add (x, n (x, 1),
                                                     ps_x_div (x, ps_x_if (x, ps_x_cmp (x, reserve_x (x), "<>", n (x, 0)),
                                                                           nm (x, "portage_reserve_pct"), n (x, 0)),
                                                               gross_factor)),
                                           x->fmt.decimal4);
    }

  /* the gross: solved in cells at the bottom of the sheet */
  solved = ps_xlsx_write_solver (x, solver_row, c[P_ENVELOPE], &m[M_COST_FACTOR], _("portage salarial"));
  label (s, cas + P_GROSS, _("= Gross salary"), x->fmt.label_total);
  c[P_GROSS] = ps_sheet_formula (s, cas + P_GROSS, 1, cell (x, solved.gross), x->fmt.money_total);
  y[P_GROSS] = ps_sheet_formula (s, cas + P_GROSS, 2, ps_x_mul (x, cell (x, c[P_GROSS]), n (x, 12)), x->fmt.money_total);
  name_cell (x, status, "gross_monthly", c[P_GROSS]);
  explain = g_strdup_printf (_("The gross salary is solved, not typed: it is the largest gross, to the cent, whose employer cost, réserve included, fits the envelope. The sheet searches it by bisection on whole cents (rows %d to %d), each step computing the employer cost of its gross from the contribution lines and the Assumptions sheet; so it follows any change of the inputs. The check below says OK when the result fits and one more cent would not. At the RGDU cliff (3 SMIC) the cost jumps: no gross then spends the whole envelope, and the rest stays on the activity account."),
                             solver_row + 1, solver_row + ps_xlsx_solver_rows ());
  ps_sheet_comment (s, cas + P_GROSS, 1, explain);

  ps_xlsx_write_payslip (x, slip_row, c[P_GROSS], &slip);
  /* for the health budget of the other statuses (the Summary's) */
  name_cell (x, status, "welfare_monthly", slip.welfare);
  name_cell (x, status, "health_premium_monthly", slip.base[PS_BASE_HEALTH]);

  label (s, cas + P_BASE, _("   of which base salary"), x->fmt.label_indent);
  c[P_BASE] = ps_sheet_formula (s, cas + P_BASE, 1, ps_x_round (x, ps_x_div (x, cell (x, c[P_GROSS]), gross_factor), 2),
                                x->fmt.money);
  y[P_BASE] = ps_sheet_formula (s, cas + P_BASE, 2, ps_x_mul (x, cell (x, c[P_BASE]), n (x, 12)), x->fmt.money);
  label (s, cas + P_IAA, _("   of which business contribution indemnity (IAA)"), x->fmt.label_indent);
  c[P_IAA] = ps_sheet_formula (s, cas + P_IAA, 1, ps_x_round (x, ps_x_mul (x, cell (x, c[P_BASE]), nm (x, "portage_iaa_pct")), 2),
                               x->fmt.money);
  y[P_IAA] = ps_sheet_formula (s, cas + P_IAA, 2, ps_x_mul (x, cell (x, c[P_IAA]), n (x, 12)), x->fmt.money);
  label (s, cas + P_PAID_LEAVE, _("   of which paid-leave indemnity"), x->fmt.label_indent);
  c[P_PAID_LEAVE] = ps_sheet_formula (s, cas + P_PAID_LEAVE, 1,
                                      ps_x_sub (x, ps_x_sub (x, cell (x, c[P_GROSS]), cell (x, c[P_BASE])), cell (x, c[P_IAA])),
                                      x->fmt.money);
  y[P_PAID_LEAVE] = ps_sheet_formula (s, cas + P_PAID_LEAVE, 2, ps_x_mul (x, cell (x, c[P_PAID_LEAVE]), n (x, 12)), x->fmt.money);
  {
    static const struct { int row; const char *key; } keys[] = {
      { P_BASE, "base_salary_monthly" }, { P_IAA, "business_indemnity_monthly" }, { P_PAID_LEAVE, "paid_leave_monthly" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      name_cell (x, status, keys[i].key, c[keys[i].row]);
  }

  c[P_EMPLOYER] = ps_xlsx_money_row (x, status, cas + P_EMPLOYER, _("− Employer contributions (after the reduction)"),
                             cell (x, slip.employer_total), FALSE, "employer_contributions_monthly", &y[P_EMPLOYER]);
  /* the gross's share set aside: cost factor − 1 (a CDI: 10 % of the base;
   * a CDD: 10 % of the gross) */
  c[P_RESERVE] = ps_xlsx_money_row (x, status, cas + P_RESERVE,
                            portage_cdd (x) ? _("− End-of-contract indemnity of the CDD (deferred pay)")
                                            : _("− Réserve financière (deferred pay)"),
                            portage_cdd (x)
                              ? ps_x_mul (x, cell (x, c[P_GROSS]), nm (x, "portage_reserve_pct"))
                              : ps_x_mul (x, ps_x_div (x, cell (x, c[P_GROSS]), gross_factor),
                                          ps_x_if (x, ps_x_cmp (x, reserve_x (x), "<>", n (x, 0)),
                                                   nm (x, "portage_reserve_pct"), n (x, 0))),
                            FALSE, "reserve_monthly", &y[P_RESERVE]);
  c[P_RESERVE_EMPLOYER] = ps_xlsx_money_row (x, status, cas + P_RESERVE_EMPLOYER, _("− Employer contributions on the réserve"),
                                     ps_x_mul (x, cell (x, c[P_RESERVE]),
                                               ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                        ps_x_div (x, cell (x, c[P_EMPLOYER]), cell (x, c[P_GROSS])),
                                                        n (x, 0))),
                                     FALSE, "reserve_employer_contributions_monthly", &y[P_RESERVE_EMPLOYER]);
  label (s, memo + 1 + M_COST, _("Employer cost of the month (gross + employer contributions)"), x->fmt.label);
  m[M_COST] = ps_sheet_formula (s, memo + 1 + M_COST, 1, ps_x_add (x, cell (x, c[P_GROSS]), cell (x, c[P_EMPLOYER])),
                                x->fmt.money);
  ps_sheet_formula (s, memo + 1 + M_COST, 2, ps_x_mul (x, cell (x, m[M_COST]), n (x, 12)), x->fmt.money);
  name_cell (x, status, "employer_cost_monthly", m[M_COST]);
  c[P_UNPAID] = ps_xlsx_money_row (x, status, cas + P_UNPAID, _("− Not paid out (stays on the activity account)"),
                           ps_x_max (x, n (x, 0),
                                     ps_x_sub (x, ps_x_sub (x, ps_x_sub (x, cell (x, c[P_ENVELOPE]), cell (x, m[M_COST])),
                                                            cell (x, c[P_RESERVE])),
                                               cell (x, c[P_RESERVE_EMPLOYER]))),
                           FALSE, "unpaid_monthly", &y[P_UNPAID]);

  c[P_EMPLOYEE] = ps_xlsx_money_row (x, status, cas + P_EMPLOYEE, _("− Employee contributions"),
                             cell (x, slip.employee_total), FALSE, "employee_contributions_monthly", &y[P_EMPLOYEE]);
  c[P_NET_BEFORE_TAX] = ps_xlsx_money_row (x, status, cas + P_NET_BEFORE_TAX, _("= Net before income tax"),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, c[P_GROSS]), cell (x, slip.employee_total))),
                                   TRUE, "net_before_tax_monthly", &y[P_NET_BEFORE_TAX]);
  if (x->offer != NULL)
    {
      x->offer_revenue = c[P_REVENUE];
      x->offer_gross = c[P_GROSS];
      x->offer_employer = c[P_EMPLOYER];
      x->offer_net_before_tax = c[P_NET_BEFORE_TAX];
    }

  label (s, memo + 1 + M_TAXABLE, _("Taxable net (+ non-deductible CSG/CRDS and employer welfare)"), x->fmt.label);
  taxable = m[M_TAXABLE] = ps_sheet_formula (s, memo + 1 + M_TAXABLE, 1,
                                             ps_xlsx_taxable_x (x, &slip, cell (x, c[P_NET_BEFORE_TAX])), x->fmt.money);
  ps_sheet_formula (s, memo + 1 + M_TAXABLE, 2, ps_x_mul (x, cell (x, taxable), n (x, 12)), x->fmt.money);
  name_cell (x, status, "taxable_net_monthly", taxable);

  tax_yearly = write_tax (x, tax_row, taxable, &tax_rate);
  {
    g_autofree char *text = g_strdup_printf (_("− Income tax (%s)"), ps_xlsx_tax_method_text (&sc->tax));
    c[P_TAX] = ps_xlsx_money_row (x, status, cas + P_TAX, text, ps_x_div (x, cell (x, tax_yearly), n (x, 12)), FALSE,
                          "income_tax_monthly", &y[P_TAX]);
  }
  c[P_NET_AFTER_TAX] = ps_xlsx_money_row (x, status, cas + P_NET_AFTER_TAX, _("= Net after income tax"),
                                  ps_x_sub (x, cell (x, c[P_NET_BEFORE_TAX]), cell (x, c[P_TAX])), TRUE,
                                  NULL, &y[P_NET_AFTER_TAX]);
  /* reimbursed out of the revenue: never more than what the fee leaves */
  c[P_EXPENSES_BACK] = ps_xlsx_money_row (x, status, cas + P_EXPENSES_BACK, _("+ Reimbursed professional expenses"),
                                  ps_x_min (x, cell (x, c[P_EXPENSES]), ps_x_max (x, n (x, 0), cell (x, c[P_AVAILABLE]))),
                                  FALSE, NULL, &y[P_EXPENSES_BACK]);
  c[P_TAKE_HOME] = ps_xlsx_money_row (x, status, cas + P_TAKE_HOME, _("= Take-home"),
                              ps_x_add (x, cell (x, c[P_NET_AFTER_TAX]), cell (x, c[P_EXPENSES_BACK])), TRUE,
                              "take_home_monthly", &y[P_TAKE_HOME]);
  /* a fee and expenses beyond the revenue come out of the consultant's
   * pocket: the net the Summary compares (ps-comparison.c) */
  c[P_OUT_OF_POCKET] = ps_xlsx_money_row (x, status, cas + P_OUT_OF_POCKET,
                                          _("− Fee and expenses beyond the revenue, paid out of your pocket (a negative envelope)"),
                                          ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, 0), cell (x, c[P_ENVELOPE]))), FALSE,
                                          NULL, &y[P_OUT_OF_POCKET]);

  /* the réserve once paid (at the end of the mission), as salary: the
   * pay's employee rate and taxable share, the tax of the year with it */
  counted = ps_x_cmp (x, nm (x, "reserve_in_net"), "<>", n (x, 0));
  label (s, memo + 1 + M_RESERVE_EMPLOYEE, _("Réserve once paid: its employee contributions (at the pay’s rate)"), x->fmt.label);
  m[M_RESERVE_EMPLOYEE] = ps_sheet_formula (s, memo + 1 + M_RESERVE_EMPLOYEE, 1,
                                            ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                     ps_x_mul (x, cell (x, c[P_RESERVE]),
                                                               ps_x_div (x, cell (x, c[P_EMPLOYEE]), cell (x, c[P_GROSS]))),
                                                     n (x, 0)),
                                            x->fmt.money);
  label (s, memo + 1 + M_RESERVE_TAXABLE, _("Réserve once paid: its taxable part (at the pay’s share)"), x->fmt.label);
  m[M_RESERVE_TAXABLE] = ps_sheet_formula (s, memo + 1 + M_RESERVE_TAXABLE, 1,
                                           ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                    ps_x_mul (x, cell (x, c[P_RESERVE]),
                                                              ps_x_div (x, cell (x, taxable), cell (x, c[P_GROSS]))),
                                                    n (x, 0)),
                                           x->fmt.money);
  label (s, memo + 1 + M_TAXABLE_WITH_RESERVE, _("Taxable net with the réserve paid (a twelfth of the year)"), x->fmt.label);
  m[M_TAXABLE_WITH_RESERVE] = ps_sheet_formula (s, memo + 1 + M_TAXABLE_WITH_RESERVE, 1,
                                                ps_x_add (x, cell (x, taxable), cell (x, m[M_RESERVE_TAXABLE])),
                                                x->fmt.money);
  tax_with_reserve = write_tax (x, tax_row_reserve, m[M_TAXABLE_WITH_RESERVE], &rate_with_reserve);
  label (s, memo + 1 + M_RESERVE_TAX, _("Réserve once paid: the income tax it adds (tax of the year with it − without it)"),
         x->fmt.label);
  m[M_RESERVE_TAX] = ps_sheet_formula (s, memo + 1 + M_RESERVE_TAX, 1,
                                       ps_x_if (x, ps_x_cmp (x, cell (x, c[P_RESERVE]), ">", n (x, 0)),
                                                ps_x_div (x, ps_x_sub (x, cell (x, tax_with_reserve), cell (x, tax_yearly)),
                                                          n (x, 12)),
                                                n (x, 0)),
                                       x->fmt.money);
  label (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, _("Réserve once paid: what it leaves after its contributions and income tax"),
         x->fmt.label);
  m[M_RESERVE_NET_AFTER_TAX] = ps_sheet_formula (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, 1,
                                                 ps_x_sub (x, ps_x_sub (x, cell (x, c[P_RESERVE]), cell (x, m[M_RESERVE_EMPLOYEE])),
                                                           cell (x, m[M_RESERVE_TAX])),
                                                 x->fmt.money);
  {
    PsCell yr = ps_sheet_formula (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, 2,
                                  ps_x_mul (x, cell (x, m[M_RESERVE_NET_AFTER_TAX]), n (x, 12)), x->fmt.money);
    out->cell[PS_FIELD_DEFERRED] = yr;
  }
  name_cell (x, status, "reserve_net_after_tax_monthly", m[M_RESERVE_NET_AFTER_TAX]);
  c[P_RESERVE_PAID] = ps_xlsx_money_row (x, status, cas + P_RESERVE_PAID,
                                         _("+ Réserve paid at the end of the mission, net of its contributions and income tax (unless left out in the Summary)"),
                                         ps_x_if (x, counted, cell (x, m[M_RESERVE_NET_AFTER_TAX]), n (x, 0)), FALSE,
                                         NULL, &y[P_RESERVE_PAID]);
  c[P_NET] = ps_xlsx_money_row (x, status, cas + P_NET,
                                _("= Net after income tax, réserve included, less what you pay out of your pocket (compared in the Summary)"),
                                ps_x_add (x, ps_x_sub (x, cell (x, c[P_NET_AFTER_TAX]), cell (x, c[P_OUT_OF_POCKET])),
                                          cell (x, c[P_RESERVE_PAID])),
                                TRUE, "net_after_tax_monthly", &y[P_NET]);

  /* for reference */
  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  label (s, memo + 1 + M_CONTRIBUTIONS, _("All social contributions (employee, employer, on the réserve; its employee ones when counted)"), x->fmt.label);
  m[M_CONTRIBUTIONS] = ps_sheet_formula (s, memo + 1 + M_CONTRIBUTIONS, 1,
                                         ps_x_add (x, ps_x_add (x, ps_x_add (x, cell (x, c[P_EMPLOYEE]), cell (x, c[P_EMPLOYER])),
                                                                cell (x, c[P_RESERVE_EMPLOYER])),
                                                   ps_x_if (x, counted, cell (x, m[M_RESERVE_EMPLOYEE]), n (x, 0))),
                                         x->fmt.money);
  {
    PsCell yc = ps_sheet_formula (s, memo + 1 + M_CONTRIBUTIONS, 2,
                                  ps_x_mul (x, cell (x, m[M_CONTRIBUTIONS]), n (x, 12)), x->fmt.money);
    out->cell[PS_FIELD_CONTRIBUTIONS] = yc;
  }
  label (s, memo + 1 + M_TAX_RATE, _("Average income tax rate on the taxable net"), x->fmt.label);
  m[M_TAX_RATE] = ps_sheet_formula (s, memo + 1 + M_TAX_RATE, 1, cell (x, tax_rate), x->fmt.percent);
  name_cell (x, status, "income_tax_rate", m[M_TAX_RATE]);
  {
    g_autofree char *text = g_strdup_printf (_("Convention minimum gross for the days billed (level: %s)"),
                                             sc->level == PS_LEVEL_FIRST ? _("first level")
                                             : sc->level == PS_LEVEL_JUNIOR ? _("junior")
                                             : sc->level == PS_LEVEL_EXPERT ? _("expert") : _("senior"));
    label (s, memo + 1 + M_MINIMUM, text, x->fmt.label);
  }
  m[M_MINIMUM] = ps_sheet_formula (s, memo + 1 + M_MINIMUM, 1,
                                   ps_x_round (x, ps_x_mul (x, ps_x_mul (x, nm (x, level_key (sc->level)),
                                                                         nm (x, "portage_pss_2017_monthly")),
                                                            ps_x_min (x, n (x, 1),
                                                                      ps_x_div (x, ps_x_div (x, nm (x, "days_per_year"), n (x, 12)),
                                                                                ps_x_div (x, nm (x, "portage_forfait_days"), n (x, 12))))),
                                               2),
                                   x->fmt.money);
  name_cell (x, status, "minimum_gross_monthly", m[M_MINIMUM]);
  label (s, memo + 1 + M_GAP, _("Envelope left over (≈ 0; more at the RGDU cliff)"), x->fmt.label);
  m[M_GAP] = ps_sheet_formula (s, memo + 1 + M_GAP, 1,
                               ps_x_sub (x, cell (x, c[P_ENVELOPE]), cell (x, solved.cost)),
                               x->fmt.money);
  label (s, memo + 1 + M_CHECK, _("Check: the gross is the largest cent whose cost fits the envelope"), x->fmt.label);
  m[M_CHECK] = ps_xlsx_verdict (x, memo + 1 + M_CHECK, solved.cost, solved.cost_next,
                        c[P_GROSS], c[P_ENVELOPE]);
  ps_sheet_comment (s, memo + 1 + M_CHECK, 1, explain);
  name_cell (x, status, "solver_check", m[M_CHECK]);
  label (s, memo + 1 + M_NET_BEFORE_TAX, _("Net before income tax, réserve included, less what you pay out of your pocket (compared in the Summary)"),
         x->fmt.label);
  m[M_NET_BEFORE_TAX] = ps_sheet_formula (s, memo + 1 + M_NET_BEFORE_TAX, 1,
                                          ps_x_add (x, ps_x_sub (x, cell (x, c[P_NET_BEFORE_TAX]), cell (x, c[P_OUT_OF_POCKET])),
                                                    ps_x_if (x, counted,
                                                             ps_x_sub (x, cell (x, c[P_RESERVE]), cell (x, m[M_RESERVE_EMPLOYEE])),
                                                             n (x, 0))),
                                          x->fmt.money);
  out->cell[PS_FIELD_NET_BEFORE_TAX] = ps_sheet_formula (s, memo + 1 + M_NET_BEFORE_TAX, 2,
                                                         ps_x_mul (x, cell (x, m[M_NET_BEFORE_TAX]), n (x, 12)),
                                                         x->fmt.money);

  /* usable: an envelope, and a salary at the convention minimum (the
   * engine's warnings); else not compared as the best */
  no_envelope = ps_x_cmp (x, cell (x, c[P_ENVELOPE]), "<=", n (x, 0));
  below_minimum = ps_x_and (x, ps_x_cmp (x, ps_x_add (x, cell (x, c[P_GROSS]), n (x, 0.005)), "<", cell (x, m[M_MINIMUM])),
                            ps_x_cmp (x, nm (x, "days_per_year"), ">", n (x, 0)));
  label (s, memo + 1 + M_ELIGIBLE,
         _("An envelope and a salary at the convention minimum (else portage is not compared as the best)"),
         x->fmt.label);
  m[M_ELIGIBLE] = ps_sheet_formula (s, memo + 1 + M_ELIGIBLE, 1,
                                    ps_x_if (x, ps_x_or (x, no_envelope, below_minimum),
                                             ps_x_str (x, _("no")), ps_x_str (x, _("yes"))),
                                    x->fmt.check);
  name_cell (x, status, "eligible", m[M_ELIGIBLE]);
  if (x->offer != NULL)
    x->offer_eligible = m[M_ELIGIBLE];
  else
    x->eligible[status] = m[M_ELIGIBLE];

  /* alerts, recomputed with the inputs */
  {
    PsX alerts[N_ALERTS];
    const char *texts[N_ALERTS] = {
      _("The management fee and the expenses take the whole revenue: nothing is left to pay a salary."),
      _("The gross salary is below the convention minimum for this level: the day rate is too low."),
      /* xgettext:no-c-format */
      _("The expenses exceed 30 % of the gross salary, the usual limit of portage firms."),
      _("Part of the envelope cannot be paid as salary (the employer reduction stops at 3 SMIC): it stays on the activity account."),
    };

    alerts[0] = no_envelope;
    alerts[1] = below_minimum;
    alerts[2] = ps_x_and (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                          ps_x_cmp (x, cell (x, c[P_EXPENSES]), ">",
                                    ps_x_mul (x, nm (x, "portage_expenses_cap_pct"), cell (x, c[P_GROSS]))));
    alerts[3] = ps_x_cmp (x, cell (x, c[P_UNPAID]), ">=", n (x, 1));

    ps_xlsx_write_alerts (x, warn, N_ALERTS, alerts, texts);
  }

  out->cell[PS_FIELD_REVENUE] = y[P_REVENUE];
  out->cell[PS_FIELD_COSTS] = y[P_FEES];
  out->cell[PS_FIELD_EXPENSES] = y[P_EXPENSES];
  out->cell[PS_FIELD_GROSS] = y[P_GROSS];
  label (s, memo + 1 + M_INCOME_TAX_COUNTED, _("Income tax of the year, with the réserve when it is counted (compared in the Summary)"),
         x->fmt.label);
  m[M_INCOME_TAX_COUNTED] = ps_sheet_formula (s, memo + 1 + M_INCOME_TAX_COUNTED, 1,
                                              ps_x_add (x, cell (x, c[P_TAX]),
                                                        ps_x_if (x, counted, cell (x, m[M_RESERVE_TAX]), n (x, 0))),
                                              x->fmt.money);
  out->cell[PS_FIELD_INCOME_TAX] = ps_sheet_formula (s, memo + 1 + M_INCOME_TAX_COUNTED, 2,
                                                     ps_x_mul (x, cell (x, m[M_INCOME_TAX_COUNTED]), n (x, 12)),
                                                     x->fmt.money);
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[P_NET];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, S_N_COLS - 1, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the search for the gross stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, solver_row - 2, L_ER_YEAR);
  x->profile = &x->firm;
}

/* ------------------------------------------------------------ CDI */

enum
{
  C_BUDGET,
  C_ESN_GROSS,
  C_GROSS_YEARLY,
  C_COST,
  C_EMPLOYER,
  C_GROSS,
  C_EMPLOYEE,
  C_NET_BEFORE_TAX,
  C_TAX,
  C_NET_AFTER_TAX,
  C_N_ROWS
};

void
ps_xlsx_write_cdi (PsXlsx        *x,
                   PsStatus       status,
                   PsStatusCells *out)
{
  PsSheet *s = x->offer != NULL ? x->offer_sheet : x->status_sheet[status];
  const PsScenario *sc = &x->c->scenario;
  int top = 3;
  int cas = top + 1;
  int memo = cas + C_N_ROWS + 1;
  int slip_row = memo + 1 + 4 + 1;
  int tax_row = slip_row + ps_xlsx_payslip_rows (x) + 1;
  int solver_row = tax_row + tax_rows (x) + 1;
  PsCell c[C_N_ROWS], y[C_N_ROWS];
  PsCell taxable, tax_rate, contributions, check;
  PsPayslipCells slip = { 0 };
  PsSolvedCells solved;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("The salary an ESN billing the same day rate and days pays at its gross margin, or your offer if you typed one in the Summary. Income tax: %s."),
                              ps_xlsx_tax_method_text (&sc->tax));
  ps_xlsx_title (x, _("Employee (CDI): payslip and net"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);

  c[C_BUDGET] = ps_xlsx_money_row (x, status, cas + C_BUDGET, _("ESN budget for your employer cost: billing × (1 − its margin)"),
                           ps_x_div (x, ps_x_mul (x, ps_x_mul (x, nm (x, "tjm"), nm (x, "days_per_year")),
                                                  ps_x_sub (x, n (x, 1), nm (x, "esn_margin_rate"))),
                                     n (x, 12)),
                           FALSE, NULL, &y[C_BUDGET]);
  solved = ps_xlsx_write_solver (x, solver_row, c[C_BUDGET], NULL, _("CDI at an ESN"));
  label (s, cas + C_ESN_GROSS, _("Gross salary that budget pays (solved at the bottom of the sheet)"), x->fmt.label);
  c[C_ESN_GROSS] = ps_sheet_formula (s, cas + C_ESN_GROSS, 1, cell (x, solved.gross), x->fmt.money);
  explain = g_strdup_printf (_("Solved, not typed: the largest gross, to the cent, whose employer cost fits the ESN’s budget, found by bisection on whole cents (rows %d to %d). A CDI offer typed in the Summary replaces it."),
                             solver_row + 1, solver_row + ps_xlsx_solver_rows ());
  ps_sheet_comment (s, cas + C_ESN_GROSS, 1, explain);

  y[C_GROSS_YEARLY] = ps_xlsx_money_row_yearly (x, status, cas + C_GROSS_YEARLY,
                                        _("Gross salary per year (your offer, or what the ESN pays, at least the legal floor)"),
                                        ps_x_if (x, ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">", n (x, 0)),
                                                 nm (x, "cdi_offer_yearly"),
                                                 /* never below the floor: the Syntec cadre minimum, or the SMIC */
                                                 ps_x_max (x, ps_x_round (x, ps_x_mul (x, cell (x, c[C_ESN_GROSS]), n (x, 12)), 2),
                                                           ps_x_mul (x, sc->profile.cadre && x->p->cdi_floor_cadre_monthly > 0
                                                                        ? nm (x, "cdi_floor_cadre_monthly")
                                                                        : ps_x_round (x, nm (x, "smic_monthly"), 2),
                                                                     n (x, 12)))),
                                        FALSE, NULL, NULL, &c[C_GROSS_YEARLY]);

  ps_xlsx_write_payslip (x, slip_row, c[C_GROSS_YEARLY], &slip);

  c[C_GROSS] = ps_xlsx_money_row (x, status, cas + C_GROSS, _("= Gross salary"), cell (x, slip.gross), TRUE,
                          "gross_monthly", &y[C_GROSS]);
  c[C_EMPLOYER] = ps_xlsx_money_row (x, status, cas + C_EMPLOYER, _("− Employer contributions (after the reduction)"),
                             cell (x, slip.employer_total), FALSE, NULL, &y[C_EMPLOYER]);
  c[C_COST] = ps_xlsx_money_row (x, status, cas + C_COST, _("Employer cost"),
                         ps_x_add (x, cell (x, c[C_GROSS]), cell (x, c[C_EMPLOYER])), TRUE,
                         "employer_cost_monthly", &y[C_COST]);
  c[C_EMPLOYEE] = ps_xlsx_money_row (x, status, cas + C_EMPLOYEE, _("− Employee contributions"), cell (x, slip.employee_total),
                             FALSE, NULL, &y[C_EMPLOYEE]);
  c[C_NET_BEFORE_TAX] = ps_xlsx_money_row (x, status, cas + C_NET_BEFORE_TAX, _("= Net before income tax"),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, c[C_GROSS]), cell (x, slip.employee_total))),
                                   TRUE, "net_before_tax_monthly", &y[C_NET_BEFORE_TAX]);

  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  label (s, memo + 1, _("Taxable net (+ non-deductible CSG/CRDS and employer welfare)"), x->fmt.label);
  taxable = ps_sheet_formula (s, memo + 1, 1, ps_xlsx_taxable_x (x, &slip, cell (x, c[C_NET_BEFORE_TAX])), x->fmt.money);
  ps_sheet_formula (s, memo + 1, 2, ps_x_mul (x, cell (x, taxable), n (x, 12)), x->fmt.money);
  name_cell (x, status, "taxable_net_monthly", taxable);

  {
    PsCell tax_yearly = write_tax (x, tax_row, taxable, &tax_rate);
    g_autofree char *text = g_strdup_printf (_("− Income tax (%s)"), ps_xlsx_tax_method_text (&sc->tax));

    y[C_TAX] = ps_xlsx_money_row_yearly (x, status, cas + C_TAX, text, cell (x, tax_yearly), FALSE, "income_tax_monthly",
                                 "income_tax_yearly", &c[C_TAX]);
  }
  y[C_NET_AFTER_TAX] = ps_xlsx_money_row_yearly (x, status, cas + C_NET_AFTER_TAX, _("= Net after income tax"),
                                         ps_x_sub (x, y[C_NET_BEFORE_TAX].row >= 0 ? cell (x, y[C_NET_BEFORE_TAX]) : n (x, 0),
                                                   cell (x, y[C_TAX])),
                                         TRUE, "net_after_tax_monthly", "net_after_tax_yearly", &c[C_NET_AFTER_TAX]);

  label (s, memo + 2, _("All social contributions (employee and employer)"), x->fmt.label);
  contributions = ps_sheet_formula (s, memo + 2, 1, ps_x_add (x, cell (x, c[C_EMPLOYEE]), cell (x, c[C_EMPLOYER])),
                                    x->fmt.money);
  out->cell[PS_FIELD_CONTRIBUTIONS] = ps_sheet_formula (s, memo + 2, 2, ps_x_mul (x, cell (x, contributions), n (x, 12)),
                                                        x->fmt.money);
  label (s, memo + 3, _("Average income tax rate on the taxable net"), x->fmt.label);
  name_cell (x, status, "income_tax_rate",
             ps_sheet_formula (s, memo + 3, 1, cell (x, tax_rate), x->fmt.percent));
  label (s, memo + 4, _("Check: the ESN’s gross is the largest cent whose cost fits its budget"), x->fmt.label);
  check = ps_xlsx_verdict (x, memo + 4, solved.cost, solved.cost_next,
                   c[C_ESN_GROSS], c[C_BUDGET]);
  ps_sheet_comment (s, memo + 4, 1, explain);
  name_cell (x, status, "solver_check", check);
  name_cell (x, status, "gross_yearly", y[C_GROSS_YEARLY]);

  /* usable: an offer at least the SMIC, or an ESN whose budget pays at
   * least the floor (else not compared as the best) */
  {
    PsX floor_yearly = ps_x_mul (x, sc->profile.cadre && x->p->cdi_floor_cadre_monthly > 0
                                      ? nm (x, "cdi_floor_cadre_monthly")
                                      : ps_x_round (x, nm (x, "smic_monthly"), 2),
                                 n (x, 12));
    PsX usable = ps_x_if (x, ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">", n (x, 0)),
                          ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">=",
                                    ps_x_sub (x, ps_x_mul (x, ps_x_round (x, nm (x, "smic_monthly"), 2), n (x, 12)),
                                              n (x, 0.005))),
                          ps_x_cmp (x, ps_x_round (x, ps_x_mul (x, cell (x, c[C_ESN_GROSS]), n (x, 12)), 2), ">=",
                                    ps_x_sub (x, floor_yearly, n (x, 0.005))));
    PsCell e;

    label (s, memo + 5, _("An offer at least the SMIC, or a billing that pays at least the minimum salary (else the CDI is not compared as the best)"),
           x->fmt.label);
    e = ps_sheet_formula (s, memo + 5, 1, ps_x_if (x, usable, ps_x_str (x, _("yes")), ps_x_str (x, _("no"))),
                          x->fmt.check);
    name_cell (x, status, "eligible", e);
    x->eligible[status] = e;
  }

  out->cell[PS_FIELD_REVENUE] = y[C_COST];
  out->cell[PS_FIELD_GROSS] = y[C_GROSS];
  out->cell[PS_FIELD_NET_BEFORE_TAX] = y[C_NET_BEFORE_TAX];
  out->cell[PS_FIELD_INCOME_TAX] = y[C_TAX];
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[C_NET_AFTER_TAX];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, S_N_COLS - 1, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the search for the gross stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, solver_row - 2, L_ER_YEAR);
}
