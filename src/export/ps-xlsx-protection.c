/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Protection" sheet: what a year of each status protects (pension
 * quarters and points, ARE, a month off sick), in live formulas from the
 * status sheets' cells and the rates of the Assumptions sheet. The same
 * rules as src/core/ps-rights.c; its cells are named "<status>_<key>" with
 * the keys of compare --json (portage_pension_quarters, cdi_are_daily…). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n.h>

#include "ps-rights.h"
#include "ps-xlsx-private.h"

enum
{
  COL_STATUS,
  COL_EARNINGS,
  COL_QUARTERS,
  COL_POINTS,
  COL_PENSION,
  COL_SJR,
  COL_ARE_DAILY,
  COL_ARE_REDUCED,
  COL_ARE_DAYS,
  COL_ARE_TOTAL,
  COL_ARCE,
  COL_IJ,
  COL_SICK_MONTH,
  COL_WORKING_MONTH,
  N_COLS
};

/* the constants every row uses, cells of the sheet */
typedef struct
{
  PsCell pass;
  PsCell quarter;       /* earnings for a quarter */
  PsCell ijss_cap;      /* 3 months of pay within the cap */
  PsCell paid_days;     /* the stop less the waiting days */
  PsCell maintien_days; /* the stop less the maintien's waiting days */
  PsCell are_days;      /* the ARE duration after a year of contract */
} Consts;

static PsCell
line (PsXlsx     *x,
      int        *row,
      const char *text,
      PsX         e,
      lxw_format *fmt)
{
  return ps_xlsx_tax_line (x, row, text, e, fmt);
}

static PsX
quarters_x (PsXlsx       *x,
            const Consts *k,
            PsX           earnings)
{
  /* a cent below the threshold validates nothing more */
  return ps_x_min (x, nm (x, "pension_max_quarters"),
                   ps_x_int (x, ps_x_add (x, ps_x_div (x, ps_x_round (x, earnings, 2),
                                                       ps_x_round (x, cell (x, k->quarter), 2)),
                                          n (x, 1e-9))));
}

static void
put (PsXlsx     *x,
     PsStatus    status,
     int         row,
     int         col,
     const char *key,
     PsX         e,
     lxw_format *fmt)
{
  PsCell c = ps_sheet_formula (x->current, row, col, e, fmt);

  if (key != NULL)
    name_cell (x, status, key, c);
}

static void
dash (PsXlsx *x,
      int     row,
      int     from,
      int     to)
{
  for (int c = from; c <= to; c++)
    ps_sheet_string (x->current, row, c, "—", x->fmt.number); /* right, as the amounts */
}

/* portage, CDI, SASU: a salary */
static void
salaried_row (PsXlsx       *x,
              const Consts *k,
              PsStatus      status,
              int           row,
              PsCell        working)
{
  g_autofree char *gross_name = ps_xlsx_status_name (status, "gross_yearly");
  PsX G = nm (x, gross_name);
  /* portage: its réserve is salary too (paid at the end of the mission):
   * the pension counts all the gross paid, the ARE a CDI's réserve (not a
   * CDD's end-of-contract indemnity); the IJSS the monthly pay only */
  PsX paid = status == PS_STATUS_PORTAGE
             ? ps_x_add (x, G, ps_x_mul (x, nm (x, "portage_reserve_monthly"), n (x, 12))) : G;
  PsX are_gross = status == PS_STATUS_PORTAGE && !x->c->scenario.portage_cdd ? paid : G;
  PsX pass = cell (x, k->pass);
  PsX t1 = ps_x_min (x, ps_x_max (x, paid, n (x, 0)), pass);
  PsX t2 = ps_x_min (x, ps_x_max (x, ps_x_sub (x, paid, pass), n (x, 0)),
                     ps_x_mul (x, ps_x_sub (x, nm (x, "agirc_arrco_t2_max_pass"), n (x, 1)), pass));
  PsX points = ps_x_div (x, ps_x_add (x, ps_x_mul (x, t1, nm (x, "agirc_arrco_t1_points_pct")),
                                      ps_x_mul (x, t2, nm (x, "agirc_arrco_t2_points_pct"))),
                         nm (x, "agirc_arrco_point_price"));
  PsX eligible, ij, benefits, month;
  PsCell c_points, c_ij;

  put (x, status, row, COL_EARNINGS, "pension_earnings_yearly", t1, x->fmt.money);
  put (x, status, row, COL_QUARTERS, "pension_quarters", quarters_x (x, k, paid), x->fmt.integer);
  c_points = ps_sheet_formula (x->current, row, COL_POINTS, points, x->fmt.points);
  name_cell (x, status, "agirc_arrco_points", c_points);
  put (x, status, row, COL_PENSION, "pension_yearly_accrued",
       ps_x_mul (x, cell (x, c_points), nm (x, "agirc_arrco_point_value")), x->fmt.money);

  if (status == PS_STATUS_SASU)
    {
      ps_sheet_string (x->current, row, COL_SJR, _("no ARE"), x->fmt.number);
      dash (x, row, COL_ARE_DAILY, COL_ARCE);
    }
  else
    {
      PsCell sjr, aj, reduced, days;
      PsX first;

      sjr = ps_sheet_formula (x->current, row, COL_SJR,
                              ps_x_div (x, ps_x_max (x, are_gross, n (x, 0)), n (x, PS_RIGHTS_ARE_REFERENCE_DAYS)), x->fmt.money);
      name_cell (x, status, "are_sjr", sjr);
      aj = ps_sheet_formula (x->current, row, COL_ARE_DAILY,
                             ps_x_round (x, ps_x_min (x, ps_x_max (x, ps_x_max (x, ps_x_add (x, ps_x_mul (x, nm (x, "are_low_pct"), cell (x, sjr)),
                                                                                         nm (x, "are_fixed_part")),
                                                                             ps_x_mul (x, nm (x, "are_high_pct"), cell (x, sjr))),
                                                               nm (x, "are_minimum")),
                                                 ps_x_mul (x, nm (x, "are_cap_sjr_pct"), cell (x, sjr))), 2),
                             x->fmt.money);
      name_cell (x, status, "are_daily", aj);
      reduced = ps_sheet_formula (x->current, row, COL_ARE_REDUCED,
                                  ps_x_if (x, ps_x_cmp (x, cell (x, aj), ">", nm (x, "are_degressive_threshold")),
                                           ps_x_round (x, ps_x_max (x, ps_x_mul (x, nm (x, "are_degressive_pct"), cell (x, aj)),
                                                                    nm (x, "are_degressive_threshold")), 2),
                                           cell (x, aj)),
                                  x->fmt.money);
      name_cell (x, status, "are_daily_after_6_months", reduced);
      /* no salary, no rights */
      days = ps_sheet_formula (x->current, row, COL_ARE_DAYS,
                               ps_x_if (x, ps_x_cmp (x, G, ">", n (x, 0)), cell (x, k->are_days), n (x, 0)),
                               x->fmt.integer);
      name_cell (x, status, "are_days", days);
      first = ps_x_min (x, cell (x, days), ps_x_sub (x, nm (x, "are_degressive_from_day"), n (x, 1)));
      {
        PsCell total = ps_sheet_formula (x->current, row, COL_ARE_TOTAL,
                                         ps_x_add (x, ps_x_mul (x, first, cell (x, aj)),
                                                   ps_x_mul (x, ps_x_sub (x, cell (x, days), first), cell (x, reduced))),
                                         x->fmt.money);

        name_cell (x, status, "are_total", total);
        put (x, status, row, COL_ARCE, "arce", ps_x_mul (x, nm (x, "arce_pct"), cell (x, total)), x->fmt.money);
      }
    }

  /* IJSS: 1 015 hours of SMIC over six months; 3 months of pay within the cap */
  eligible = ps_x_cmp (x, ps_x_div (x, G, n (x, 2)), ">=",
                       ps_x_mul (x, nm (x, "ijss_min_smic_hours_6m"), nm (x, "smic_hourly")));
  ij = ps_x_if (x, eligible,
                ps_x_div (x, ps_x_mul (x, nm (x, "ijss_pct"),
                                       ps_x_min (x, ps_x_max (x, ps_x_div (x, G, n (x, 4)), n (x, 0)), cell (x, k->ijss_cap))),
                          nm (x, "ijss_divisor_days")),
                n (x, 0));
  c_ij = ps_sheet_formula (x->current, row, COL_IJ, ij, x->fmt.money);
  name_cell (x, status, "sick_pay_daily", c_ij);
  benefits = ps_x_mul (x, ps_x_mul (x, cell (x, c_ij), cell (x, k->paid_days)),
                       ps_x_sub (x, n (x, 1), nm (x, "ij_csg_crds_pct")));
  if (status == PS_STATUS_CDI)
    /* Syntec: the pay is maintained */
    month = ps_x_if (x, eligible, ps_x_max (x, cell (x, working), benefits), n (x, 0));
  else if (status == PS_STATUS_PORTAGE)
    {
      /* the legal maintien, paid as salary: net of its contributions */
      PsX complement = ps_x_max (x, n (x, 0),
                                 ps_x_mul (x, ps_x_sub (x, ps_x_div (x, ps_x_mul (x, nm (x, "sick_maintien_pct"), G),
                                                                     n (x, 12 * PS_RIGHTS_SICK_STOP_DAYS)),
                                                        cell (x, c_ij)),
                                           cell (x, k->maintien_days)));
      PsX ratio = ps_x_div (x, ps_x_mul (x, nm (x, "portage_net_before_tax_monthly"), n (x, 12)), G);

      month = ps_x_if (x, eligible, ps_x_add (x, benefits, ps_x_mul (x, complement, ratio)), n (x, 0));
    }
  else
    month = benefits;
  put (x, status, row, COL_SICK_MONTH, "sick_month_net", month, x->fmt.money);
}

/* the rows after the table that the TNS statuses need */
typedef struct
{
  PsCell income;     /* EURL: the TNS income */
  PsCell a;          /* EURL: its base */
  PsCell rci;        /* EURL: the RCI contribution */
  PsCell min_base;   /* the base pension's minimum base */
  PsCell micro_income;
} Work;

static void
tns_ij (PsXlsx       *x,
        const Consts *k,
        PsStatus      status,
        int           row,
        PsX           income)
{
  PsX pass = cell (x, k->pass);
  PsCell c_ij;

  c_ij = ps_sheet_formula (x->current, row, COL_IJ,
                           ps_x_if (x, ps_x_cmp (x, income, "<", ps_x_mul (x, nm (x, "tns_ij_threshold_pass_pct"), pass)),
                                    n (x, 0),
                                    ps_x_div (x, ps_x_min (x, income, pass), nm (x, "tns_ij_divisor_days"))),
                           x->fmt.money);
  name_cell (x, status, "sick_pay_daily", c_ij);
  put (x, status, row, COL_SICK_MONTH, "sick_month_net",
       ps_x_mul (x, ps_x_mul (x, cell (x, c_ij), cell (x, k->paid_days)), ps_x_sub (x, n (x, 1), nm (x, "ij_csg_crds_pct"))),
       x->fmt.money);
}

static void
rci_row (PsXlsx       *x,
         const Consts *k,
         PsStatus      status,
         int           row,
         PsX           earnings,
         PsX           contribution,
         PsX           ij_income)
{
  PsCell c_points;

  put (x, status, row, COL_EARNINGS, "pension_earnings_yearly", earnings, x->fmt.money);
  put (x, status, row, COL_QUARTERS, "pension_quarters", quarters_x (x, k, earnings), x->fmt.integer);
  c_points = ps_sheet_formula (x->current, row, COL_POINTS, ps_x_div (x, contribution, nm (x, "rci_point_price")),
                               x->fmt.points);
  name_cell (x, status, "rci_points", c_points);
  put (x, status, row, COL_PENSION, "pension_yearly_accrued",
       ps_x_mul (x, cell (x, c_points), nm (x, "rci_point_value")), x->fmt.money);
  ps_sheet_string (x->current, row, COL_SJR, _("no ARE"), x->fmt.number);
  dash (x, row, COL_ARE_DAILY, COL_ARCE);
  tns_ij (x, k, status, row, ij_income);
}

/* @text broken into lines at its spaces, each narrower than @width (the
 * column's, less the cell's margins): a viewer wrapping it itself fills
 * the lines to the column's edge, and right-aligned headings side by
 * side then run into each other */
static char *
break_lines (const char *text,
             double      width)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  GString *out = g_string_new (NULL);
  GString *line = g_string_new (NULL);

  for (int i = 0; words[i] != NULL; i++)
    {
      g_autofree char *longer = line->len > 0 ? g_strconcat (line->str, " ", words[i], NULL) : g_strdup (words[i]);

      if (line->len > 0 && ps_text_width (longer, TRUE) > width)
        {
          g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", line->str);
          g_string_assign (line, words[i]);
        }
      else
        g_string_assign (line, longer);
    }
  if (line->len > 0)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", line->str);
  g_string_free (line, TRUE);
  return g_string_free (out, FALSE);
}

void
ps_xlsx_write_protection (PsXlsx              *x,
                          const PsStatusCells *cells)
{
  PsSheet *s = x->protection;
  gboolean ir = x->c->scenario.eurl_ir;
  int row = 3, table, work_row;
  Consts k;
  Work w;
  PsX pass;
  const char *headers[N_COLS] = {
    _("Status"), _("Income counted for the base pension"), _("Quarters"), _("Complementary points"),
    _("Pension they buy, a year"), _("ARE: daily reference salary"), _("ARE a day"), _("From the 7th month"),
    _("Days"), _("ARE in all"), _("Or ARCE"), _("Sick pay a day"), _("A 30-day stop leaves (net)"),
    _("A working month (net before income tax)"),
  };

  ps_sheet_begin (s);
  ps_xlsx_title (x, _("Social protection: what a year of each status protects"),
                 _("Pension quarters and points, unemployment if the contract ended after this year (365 days, under 55), a month off sick. Live formulas from the status sheets and the Assumptions sheet."));

  ps_sheet_string (s, row++, 0, _("Constants"), x->fmt.section);
  k.pass = line (x, &row, _("PASS (12 × PMSS)"), ps_x_mul (x, nm (x, "pss_monthly"), n (x, 12)), x->fmt.money);
  pass = cell (x, k.pass);
  k.quarter = line (x, &row, _("Earnings for one quarter: hours of SMIC on 1 January"),
                    ps_x_mul (x, nm (x, "pension_quarter_smic_hours"), nm (x, "smic_hourly_year_start")), x->fmt.money);
  k.ijss_cap = line (x, &row, _("Sick pay: three months of pay within the cap in SMIC"),
                     ps_x_mul (x, ps_x_mul (x, nm (x, "ijss_cap_smic"), nm (x, "smic_monthly")), n (x, 3)), x->fmt.money);
  k.paid_days = line (x, &row, _("Days paid of a 30-day stop (less the waiting days)"),
                      ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, PS_RIGHTS_SICK_STOP_DAYS), nm (x, "ijss_waiting_days"))),
                      x->fmt.integer);
  k.maintien_days = line (x, &row, _("Days of the employer’s legal maintien (from the 8th day)"),
                          ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, PS_RIGHTS_SICK_STOP_DAYS),
                                                           nm (x, "sick_maintien_waiting_days"))),
                          x->fmt.integer);
  k.are_days = line (x, &row, _("ARE duration after a year of contract (days × coefficient, within its bounds)"),
                     ps_x_min (x, ps_x_max (x, ps_x_roundup (x, ps_x_sub (x, ps_x_mul (x, n (x, PS_RIGHTS_ARE_REFERENCE_DAYS),
                                                                                       nm (x, "are_duration_coefficient_pct")),
                                                                          n (x, 1e-9)), 0),
                                            nm (x, "are_min_days")),
                               nm (x, "are_max_days")),
                     x->fmt.integer);
  row++;

  table = row;
  for (int c = 0; c < N_COLS; c++)
    ps_sheet_string (s, table, c, headers[c], c == 0 ? x->fmt.header_left : x->fmt.header);
  ps_sheet_header_row (s, table, 3);
  work_row = table + 1 + PS_N_STATUSES + 4;

  /* the TNS income and base of the EURL, the micro income: below the table */
  {
    int r = work_row;

    ps_sheet_string (s, r++, 0, _("Workings"), x->fmt.section);
    if (ir)
      w.income = line (x, &r, _("EURL: the gérant’s income before contributions (the profit)"),
                       ps_x_max (x, n (x, 0), nm (x, "eurl_pay_yearly")), x->fmt.money);
    else
      w.income = line (x, &r,
                       /* xgettext:no-c-format */
                       _("EURL: the gérant’s income before contributions (remuneration + dividends above 10% of the capital)"),
                       ps_x_max (x, n (x, 0),
                                 ps_x_add (x, nm (x, "eurl_pay_yearly"),
                                           ps_x_max (x, n (x, 0),
                                                     ps_x_sub (x, nm (x, "eurl_dividends_yearly"),
                                                               ps_x_mul (x, nm (x, "tns_dividend_threshold_pct"),
                                                                         nm (x, "eurl_share_capital")))))),
                       x->fmt.money);
    w.a = line (x, &r,
                /* xgettext:no-c-format */
                _("EURL: its base (less the 26% abatement within its floor and cap)"),
                ps_x_max (x, n (x, 0),
                          ps_x_sub (x, cell (x, w.income),
                                    ps_x_min (x, ps_x_max (x, ps_x_mul (x, cell (x, w.income), nm (x, "tns_abatement_pct")),
                                                           ps_x_mul (x, nm (x, "tns_abatement_min_pass_pct"), pass)),
                                              ps_x_mul (x, nm (x, "tns_abatement_max_pass_pct"), pass)))),
                x->fmt.money);
    w.rci = line (x, &r, _("EURL: the RCI contribution (to the euro)"),
                  ps_x_round (x, ps_x_add (x, ps_x_mul (x, ps_x_min (x, cell (x, w.a), ps_x_mul (x, nm (x, "tns_rci_low_max_pass"), pass)),
                                                        nm (x, "tns_rci_low_pct")),
                                           ps_x_mul (x, ps_x_min (x, ps_x_max (x, ps_x_sub (x, cell (x, w.a),
                                                                                            ps_x_mul (x, nm (x, "tns_rci_low_max_pass"), pass)),
                                                                               n (x, 0)),
                                                                  ps_x_max (x, n (x, 0),
                                                                            ps_x_mul (x, ps_x_sub (x, nm (x, "tns_rci_max_pass"),
                                                                                                   nm (x, "tns_rci_low_max_pass")),
                                                                                      pass))),
                                                     nm (x, "tns_rci_high_pct"))), 0),
                  x->fmt.money);
    w.min_base = line (x, &r, _("EURL: the base pension’s minimum base (hours of SMIC on 1 January, to the euro)"),
                       ps_x_round (x, ps_x_mul (x, nm (x, "tns_rb_min_smic_hours"), nm (x, "smic_hourly_year_start")), 0),
                       x->fmt.money);
    w.micro_income = line (x, &r, _("Micro: the revenue less the abatement"),
                           ps_x_max (x, n (x, 0), ps_x_mul (x, nm (x, "micro_revenue_yearly"),
                                                            ps_x_sub (x, n (x, 1), nm (x, "micro_abatement_pct")))),
                           x->fmt.money);
  }

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      int r = table + 1 + i;
      PsCell net_before_tax = cells[i].cell[PS_FIELD_NET_BEFORE_TAX];
      PsCell working;

      ps_sheet_string (s, r, COL_STATUS, _(ps_status_name (i)), x->fmt.label);
      working = ps_sheet_formula (s, r, COL_WORKING_MONTH, ps_x_div (x, cell (x, net_before_tax), n (x, 12)), x->fmt.money);
      name_cell (x, i, "working_month_net", working);
      switch (i)
        {
        case PS_STATUS_PORTAGE:
        case PS_STATUS_CDI:
        case PS_STATUS_SASU:
          salaried_row (x, &k, i, r, working);
          break;
        case PS_STATUS_EURL:
          rci_row (x, &k, i, r, ps_x_min (x, ps_x_max (x, cell (x, w.a), cell (x, w.min_base)), pass),
                   cell (x, w.rci), cell (x, w.a));
          break;
        case PS_STATUS_MICRO:
        default:
          rci_row (x, &k, i, r, ps_x_min (x, cell (x, w.micro_income), pass),
                   ps_x_mul (x, nm (x, "micro_social_contributions_yearly"), nm (x, "micro_rci_share_pct")),
                   cell (x, w.micro_income));
          break;
        }
    }
  row = table + 1 + PS_N_STATUSES + 1;
  ps_sheet_string (s, row++, 0, _("Dividends validate no quarter and buy no point. Points at today’s purchase price and service value; the base pension itself depends on the 25 best years."),
                   x->fmt.note);
  ps_sheet_string (s, row++, 0, _("Sick pay: portage with the legal maintien and a CDI under Syntec with its pay maintained (a year of seniority); a SASU président has the IJSS alone; EURL and micro the indépendants’ daily allowance."),
                   x->fmt.note);

  ps_sheet_fit_columns (s, 0, 0, 24, 60);
  ps_sheet_fit_columns (s, 1, N_COLS - 1, 11, 16);
  /* the headings broken into lines that keep a gap between them */
  for (int c = 1; c < N_COLS; c++)
    {
      g_autofree char *typo = ps_xlsx_typo (x, headers[c]);
      g_autofree char *broken = break_lines (typo, s->col_width[c] - 1.5);

      worksheet_write_string (s->ws, table, c, broken, x->fmt.header);
    }
  worksheet_freeze_panes (s->ws, table + 1, 1);
  ps_sheet_print_setup (s, TRUE);
}
