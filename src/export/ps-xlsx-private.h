/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of the workbook export: the sheets, their cells and
 * the formula builder. Not installed, not public. */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "ps-comparison.h"
#include "ps-offer.h"
#include "ps-quote.h"
#include "ps-scenarios.h"
#include "ps-rates.h"

G_BEGIN_DECLS

typedef struct _PsXlsx PsXlsx;
typedef struct _PsSheet PsSheet;
typedef struct _PsSplitSearch PsSplitSearch;

/* A cell of a sheet. */
typedef struct
{
  PsSheet *sheet;
  int      row;
  int      col;
} PsCell;

/* An expression: the text of a formula (without '=') together with its
 * value, computed here with the spreadsheet's semantics. Every formula is
 * written with its value as the cached result, so viewers that don't
 * recompute show the engine's numbers. */
typedef struct
{
  const char *f;     /* owned by the export's string chunk */
  double      v;
  const char *s;     /* text value (IF returning text), or NULL */
  int         prec;  /* operator precedence of the outermost operator */
} PsX;

#define PS_SHEET_MAX_COLS 16

struct _PsSheet
{
  PsXlsx        *x;
  lxw_worksheet *ws;
  char          *name;
  GHashTable    *values;                  /* row << 16 | col → double */
  GHashTable    *texts;                   /* row << 16 | col → text of a formula */
  double         widths[PS_SHEET_MAX_COLS]; /* widest text written, in column units (Calibri 10) */
  double         col_width[PS_SHEET_MAX_COLS]; /* as set; 0: not set */
  GArray        *wrapped;                 /* PsWrapped: texts that may wrap */
  /* a sheet of blocks (the split search's tries, hidden): a sheet's
   * formulas written again @row_base rows down, without its texts, comments
   * and layout; the rows a writer gives are then counted from @row_base */
  gboolean       blocks;
  int            row_base;
  int            last_row;                /* the last row written; -1: none */
};

/* Formats, created once per workbook. */
typedef struct
{
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *note;
  lxw_format *note_indent;    /* a note one step from the column before (after a right-aligned value) */
  lxw_format *subtitle_wrap;
  lxw_format *note_wrap;
  lxw_format *section;
  lxw_format *header;
  lxw_format *header_left;
  lxw_format *label;
  lxw_format *label_indent;
  lxw_format *label_total;
  lxw_format *text;
  lxw_format *text_wrap;
  lxw_format *money;
  lxw_format *money_total;
  lxw_format *money_bold;    /* bold, no border: a highlighted cell inside a table */
  lxw_format *money_input;
  lxw_format *money_whole;
  lxw_format *percent;
  lxw_format *percent_input;
  lxw_format *rate;
  lxw_format *rate_input;
  lxw_format *rate_more[2];       /* a rate that needs 3, 4 decimals (0.024 %) */
  lxw_format *rate_more_input[2];
  lxw_format *number;
  lxw_format *number_input;
  lxw_format *integer;
  lxw_format *decimal4;
  lxw_format *points;         /* pension points: 2 decimals */
  lxw_format *header_indent;  /* a left header one step from the column before */
  lxw_format *text_indent;    /* wrapped text one step from the column before */
  lxw_format *date;
  lxw_format *date_right;
  lxw_format *check;
  lxw_format *warning;
  lxw_format *best;
  lxw_format *best_right;     /* bold, right-aligned (highlighted by a rule) */
  lxw_format *text_right;
  lxw_format *fixed;          /* a choice made at export: locked, grey */
  lxw_format *fixed_date;
  lxw_format *money3;         /* € with 3 decimals (per km) */
  lxw_format *disclaimer;
  lxw_format *chart_label;    /* the hidden row of the chart's labels */
} PsFormats;

/* Where each contribution's rates are, on the assumptions sheet. */
typedef struct
{
  gboolean applies;          /* to the export's employer profile (cadre, headcount) */
  PsCell   employee;         /* row < 0: no employee part */
  PsCell   employer;
  PsCell   reduced;          /* row < 0: no reduced rate */
} PsRateCells;

/* A bracket table (income-tax scale, PAS grid, CEHR) on the assumptions sheet. */
typedef struct
{
  int    n;
  PsCell lower[PS_MAX_BRACKETS];
  PsCell upper[PS_MAX_BRACKETS];
  PsCell rate[PS_MAX_BRACKETS];
} PsTableCells;

/* Which contribution lines a payslip has: the portage firm's (also the
 * ESN's), or the SASU président's (assimilé salarié: one person, no
 * unemployment insurance, no employer reduction, no versement mobilité). */
typedef struct
{
  gboolean applies[PS_MAX_CONTRIBUTIONS];
  gboolean officer;     /* no reduction */
  gboolean small;       /* fewer than 50 employees (the reduction's rate) */
} PsSlipProfile;

/* An offer's own employer profile (issue 11), cells of the Offres sheet its
 * payslip reads instead of the Summary's: the mutuelle, AT/MP and the
 * firm's prévoyance contract; its headcount sets @slip's lines. */
typedef struct
{
  PsCell        mutuelle;       /* €/month */
  PsCell        mutuelle_share; /* the employer's */
  PsCell        atmp;
  PsCell        prevoyance_pct; /* of MIN (gross, PMSS) */
  PsCell        prevoyance_monthly;
  PsCell        prevoyance_share;
  PsSlipProfile slip;
} PsOfferProfileCells;

/* The figures every status has, per year, as cells of its sheet (for the
 * Summary). */
typedef enum
{
  PS_FIELD_REVENUE,
  PS_FIELD_COSTS,
  PS_FIELD_EXPENSES,
  PS_FIELD_CONTRIBUTIONS,
  PS_FIELD_CORPORATE_TAX,
  PS_FIELD_GROSS,
  PS_FIELD_NET_BEFORE_TAX,
  PS_FIELD_INCOME_TAX,
  PS_FIELD_NET_AFTER_TAX,
  PS_FIELD_DEFERRED,
  PS_N_FIELDS
} PsField;

typedef struct
{
  PsCell cell[PS_N_FIELDS];
} PsStatusCells;

struct _PsXlsx
{
  lxw_workbook       *wb;
  const PsComparison *c;
  const PsParams     *p;
  PsRates            *rates;
  GStringChunk       *chunk;
  GHashTable         *names;      /* defined name → PsCell* */
  PsSheet            *current;    /* the sheet formulas are being written to */
  GPtrArray          *sheets;
  PsFormats           fmt;
  char               *error;      /* first libxlsxwriter error, if any */
  gboolean            assumptions_only; /* the inputs and the rates, nothing else */
  gboolean            french;     /* French typography in the texts */
  PsSplitSearch      *split;      /* the companies' split searched in the cells (ps-xlsx-split-search.c) */
  gboolean            no_names;   /* a hidden copy of a sheet is written: it names nothing */
  GHashTable         *yes_no;     /* the yes/no inputs: name → 1 + its value at export */
  const char         *yes_text;   /* what they hold: "Yes" or "No", in the workbook's language */
  const char         *no_text;

  PsSheet            *summary;
  PsSheet            *assumptions;
  PsSheet            *curve;
  PsSheet            *protection;
  PsSheet            *years;
  PsSheet            *cash;
  PsSheet            *status_sheet[PS_N_STATUSES];

  PsRateCells         contribution[PS_MAX_CONTRIBUTIONS];
  PsSlipProfile       firm;       /* the portage firm's payslips (and the ESN's) */
  PsSlipProfile       officer;    /* the SASU président's */
  const PsSlipProfile *profile;   /* the payslip being written */
  PsTableCells        ir;
  PsTableCells        pas;
  PsTableCells        cehr_single;
  PsTableCells        cehr_couple;
  PsTableCells        tns_maladie;   /* points: upper in PASS, rate */
  PsTableCells        tns_af;
  PsCell              smic_monthly;
  int                 summary_table_row;  /* first row of the comparison table */
  int                 summary_inputs_row; /* first row of the inputs */
  double              summary_disclaimer_width;
  PsCell              eligible[PS_N_STATUSES];  /* "yes"/"no"; sheet NULL: always yes */
  PsCell              health_input;  /* the Summary's health budget of micro, SASU, EURL */
  GPtrArray          *summary_inputs; /* the names of the Summary's input cells (chunk strings) */

  /* portage offers (ps-xlsx-offers.c): the Offres sheet, a portage sheet
   * per offer; while one is written, @offer and its sheet and terms */
  const PsOffer      *offers;
  int                 n_offers;
  PsSheet            *offers_sheet;
  PsSheet            *offer_sheets[PS_MAX_OFFERS];
  const PsOffer      *offer;
  PsSheet            *offer_sheet;
  PsCell              offer_eligible;
  PsCell              offer_revenue;          /* its monthly figures, on its sheet */
  PsCell              offer_gross;
  PsCell              offer_employer;
  PsCell              offer_net_before_tax;
  struct _PsOfferTerms *offer_terms;
  PsCell              offer_vm;               /* its own versement mobilité rate, or row −1 */
  const PsOfferProfileCells *offer_prof;      /* its own employer profile, or NULL */
  const PsQuote      *quote;
  struct _PsOfferTerms *offers_terms;     /* [n_offers], from ps_xlsx_write_offer_terms */
  int                 offers_header_row;
  int                 offers_row;
  /* the Portage sheet with the scenario's current offer's terms (one of
   * @offers, live), or NULL: the scenario's */
  const PsOffer      *portage_offer;
  struct _PsOfferTerms *portage_terms;
  /* its own employer profile's cells, or NULL; its own versement
   * mobilité's cell, or row −1 (ps_xlsx_write_offer_terms ()) */
  const PsOfferProfileCells *portage_prof;
  PsCell              portage_vm;
  const PsOffer      *current_offer;      /* PsXlsxExtras' */
  const PsComparison *offer_comparison;
  /* scenarios side by side (a Scénarios sheet) */
  const PsScenarios  *scenarios;
  PsSheet            *scenarios_sheet;
};

/* ------------------------------------------------------------ sheets */

PsSheet    *ps_sheet_new        (PsXlsx        *x,
                                 const char    *name);
void        ps_sheet_free       (PsSheet       *s);
void        ps_sheet_begin      (PsSheet       *s);   /* formulas now go to @s */
PsCell      ps_cell             (PsSheet       *s,
                                 int            row,
                                 int            col);
double      ps_cell_value       (PsCell         cell);

void        ps_sheet_string     (PsSheet       *s,
                                 int            row,
                                 int            col,
                                 const char    *text,
                                 lxw_format    *fmt);
PsCell      ps_sheet_number     (PsSheet       *s,
                                 int            row,
                                 int            col,
                                 double         value,
                                 lxw_format    *fmt);
PsCell      ps_sheet_formula    (PsSheet       *s,
                                 int            row,
                                 int            col,
                                 PsX            e,
                                 lxw_format    *fmt);
void        ps_sheet_comment    (PsSheet       *s,
                                 int            row,
                                 int            col,
                                 const char    *text);
/* Columns @first to @last @width wide (the rows of wrapped texts grow to
 * fit them, ps_sheet_print_setup ()) */
void        ps_sheet_set_columns (PsSheet      *s,
                                  int           first,
                                  int           last,
                                  double        width);
/* Column widths from what was written, within [min, max] characters. */
void        ps_sheet_fit_columns (PsSheet      *s,
                                  int           first,
                                  int           last,
                                  double        min,
                                  double        max);
void        ps_sheet_print_setup (PsSheet      *s,
                                  gboolean      landscape);
/* The width of @text in Calibri 10 (bold: @bold), in column units (the
 * width of a '0' of the default font): no worksheet_autofit in
 * libxlsxwriter 1.1.4, so the export measures its texts itself. */
double      ps_text_width       (const char    *text,
                                 gboolean       bold);
/* The lines a text @text wide takes in a column @column wide, wrapped */
int         ps_text_lines       (double         text,
                                 double         column);
/* @text with the workbook language's typography (French: no-break spaces
 * before : ; ! ? and %, the ’ apostrophe); newly allocated */
/* A yes/no input cell on @ws: a list of the workbook's Oui/Non
 * (ps-xlsx-inputs.c). */
void        ps_xlsx_validate_yes_no (PsXlsx        *x,
                                     lxw_worksheet *ws,
                                     int            row,
                                     int            col);
char       *ps_xlsx_typo        (PsXlsx        *x,
                                 const char    *text);
/* Rows @first to @last grouped at outline level 1, collapsed (hidden);
 * the row above them carries the [+] button. @first is @first_lines tall
 * (a header). */
void        ps_sheet_outline    (PsSheet       *s,
                                 int            first,
                                 int            last,
                                 int            first_lines);
/* A number, an amount, a percentage as the texts of the workbook write
 * them ("1 000 000", "0 %" in French) */
char       *ps_xlsx_number_text (PsXlsx        *x,
                                 double         value,
                                 int            decimals);
char       *ps_xlsx_percent_text (PsXlsx       *x,
                                  double        fraction,
                                  int           decimals);

/* A workbook-wide name for @cell; the first definition of a name wins. */
void        ps_define_name      (PsXlsx        *x,
                                 const char    *name,
                                 PsCell         cell);
gboolean    ps_x_name_defined   (PsXlsx        *x,
                                 const char    *name);
/* A reference to a named cell (the name must be defined). */
PsX         ps_x_name           (PsXlsx        *x,
                                 const char    *name);

/* @date as the user's language writes it (translated strftime format) */
char       *ps_xlsx_date_text   (PsDate         date);
/* A header row: tall enough for headings on two lines. */
void        ps_sheet_header_row (PsSheet       *s,
                                 int            row,
                                 int            lines);

/* "'Sheet name'!$B$5" */
char       *ps_cell_absolute    (PsCell         cell);
/* "$B$5:$B$9" on the sheet of @first */
char       *ps_range_absolute   (PsCell         first,
                                 PsCell         last);

/* ------------------------------------------------------------ expressions */

PsX         ps_x_num            (PsXlsx        *x,
                                 double         value);
PsX         ps_x_str            (PsXlsx        *x,
                                 const char    *text);
/* Any formula text whose value the caller computed. */
PsX         ps_x_raw            (PsXlsx        *x,
                                 const char    *text,
                                 double         value);
/* A reference to @cell, relative to the current sheet. */
PsX         ps_x_cell           (PsXlsx        *x,
                                 PsCell         cell);
PsX         ps_x_add            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_sub            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_mul            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_div            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_min            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_max            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_pow            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
/* ROUND (half away from zero, as the engine rounds positive amounts) */
PsX         ps_x_round          (PsXlsx        *x,
                                 PsX            a,
                                 int            digits);
PsX         ps_x_roundup        (PsXlsx        *x,
                                 PsX            a,
                                 int            digits);
PsX         ps_x_int            (PsXlsx        *x,
                                 PsX            a);
/* Comparison: op is one of "<", "<=", ">", ">=", "=", "<>"; value 1 or 0. */
PsX         ps_x_cmp            (PsXlsx        *x,
                                 PsX            a,
                                 const char    *op,
                                 PsX            b);
PsX         ps_x_and            (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_or             (PsXlsx        *x,
                                 PsX            a,
                                 PsX            b);
PsX         ps_x_if             (PsXlsx        *x,
                                 PsX            cond,
                                 PsX            then,
                                 PsX            otherwise);
/* SUM of a column range of the current sheet (blank cells count as 0). */
PsX         ps_x_sum            (PsXlsx        *x,
                                 PsCell         first,
                                 PsCell         last);

/* ROUND with a number of digits from a cell */
PsX         ps_x_round_x        (PsXlsx        *x,
                                 PsX            a,
                                 PsX            digits);

/* ------------------------------------------------------------ status sheets */

/* "micro_" + @key */
char       *ps_xlsx_status_name      (PsStatus       status,
                                      const char    *key);
/* title in A1, subtitle in A2 of the current sheet */
void        ps_xlsx_title            (PsXlsx        *x,
                                      const char    *text,
                                      const char    *subtitle);
/* a header row: @first in A, then the other texts, up to NULL */
void        ps_xlsx_column_headers   (PsXlsx        *x,
                                      int            row,
                                      const char    *first,
                                      ...) G_GNUC_NULL_TERMINATED;
/* label | monthly | yearly (= monthly × 12); names the monthly cell
 * "status_key"; returns the monthly cell, the yearly one in @yearly */
PsCell      ps_xlsx_money_row        (PsXlsx        *x,
                                      PsStatus       status,
                                      int            row,
                                      const char    *text,
                                      PsX            monthly,
                                      gboolean       total,
                                      const char    *key,
                                      PsCell        *yearly);
/* label | monthly (= yearly / 12) | yearly; returns the yearly cell */
PsCell      ps_xlsx_money_row_yearly (PsXlsx        *x,
                                      PsStatus       status,
                                      int            row,
                                      const char    *text,
                                      PsX            yearly,
                                      gboolean       total,
                                      const char    *monthly_key,
                                      const char    *yearly_key,
                                      PsCell        *monthly);
/* label in A (indented, or bold for a total) and @e in B; @row advances */
PsCell      ps_xlsx_tax_line         (PsXlsx        *x,
                                      int           *row,
                                      const char    *text,
                                      PsX            e,
                                      lxw_format    *fmt);
/* "⚠ text" in A when @cond holds, else empty */
void        ps_xlsx_warning_row      (PsXlsx        *x,
                                      int            row,
                                      PsX            cond,
                                      const char    *text);
/* "Alerts", "None." or nothing, then one row per alert: 2 + @n rows */
void        ps_xlsx_write_alerts     (PsXlsx        *x,
                                      int            row,
                                      int            n,
                                      const PsX     *conds,
                                      const char *const *texts);
const char *ps_xlsx_tax_method_text  (const PsTaxSettings *tax);

/* Σ rate × MAX (0, MIN (income, upper) − lower) over a bracket table */
PsX         ps_xlsx_scale_x          (PsXlsx        *x,
                                      const PsTableCells *t,
                                      PsX            income);
/* The PAS neutral rate (grid of the Assumptions sheet) of a monthly
 * taxable pay ≥ 0 */
PsX         ps_xlsx_neutral_rate_x   (PsXlsx        *x,
                                      PsX            monthly);
/* The household quotient on the scale: the yearly tax on @income, before
 * rounding, in ps_xlsx_scale_rows () rows from @row (which advances). */
int         ps_xlsx_scale_rows       (void);
PsCell      ps_xlsx_write_scale      (PsXlsx        *x,
                                      int           *row,
                                      PsX            income);

/* ------------------------------------------------------------ payslips */

/* Bisection steps of the solvers in cells: enough for a range of 2^32
 * cents (42 million euros). */
#define PS_XLSX_SOLVER_STEPS 32

/* A monthly payslip, line by line, for x->profile. */
typedef struct
{
  PsCell   gross;
  PsCell   welfare;
  PsCell   assiette;
  PsCell   base[PS_BASE_HEALTH + 1];
  PsCell   coef;
  PsCell   employee_total;
  PsCell   employer_total;
  PsX      not_deductible;     /* sum of the employee parts added back to the taxable net */
  gboolean has_not_deductible;
  PsCell   prevoyance_employee; /* the firm's prévoyance contract, employee share (an offer's own profile), or row −1 */
} PsPayslipCells;

/* The gross solved in cells: the largest cent whose cost fits a budget. */
typedef struct
{
  PsCell gross;      /* the result */
  PsCell cost;       /* its cost (× the factor) */
  PsCell cost_next;  /* the cost of one more cent */
} PsSolvedCells;

int           ps_xlsx_solver_rows   (void);
/* the bisection from @row; @factor multiplies the cost (NULL: none) */
PsSolvedCells ps_xlsx_write_solver  (PsXlsx         *x,
                                     int             row,
                                     PsCell          envelope,
                                     PsCell         *factor,
                                     const char     *what);
int           ps_xlsx_payslip_rows  (PsXlsx         *x);
void          ps_xlsx_write_payslip (PsXlsx         *x,
                                     int             row,
                                     PsCell          gross,
                                     PsPayslipCells *slip);
/* the monthly taxable net of @slip */
PsX           ps_xlsx_taxable_x     (PsXlsx         *x,
                                     const PsPayslipCells *slip,
                                     PsX             net_before_tax);
/* What the payslip @slip of the monthly gross @gross spends on health
 * cover and prévoyance (its welfare lines, both shares), a year, to the
 * cent (ps_health_payslip_yearly ()); 0 without pay */
PsX           ps_xlsx_health_payslip_x (PsXlsx               *x,
                                        const PsPayslipCells *slip,
                                        PsX                   gross);
/* The Summary's health budget when the scenario leaves it to portage's
 * payslip (the engine's default): what the Portage sheet's payslip @slip,
 * of the monthly gross @gross, spends on health cover and prévoyance;
 * with no salary, the premium alone */
void          ps_xlsx_write_health_default (PsXlsx               *x,
                                            const PsPayslipCells *slip,
                                            PsCell                gross);
/* "OK" when @cost fits @envelope and @cost_next does not */
PsCell        ps_xlsx_verdict       (PsXlsx         *x,
                                     int             row,
                                     PsCell          cost,
                                     PsCell          cost_next,
                                     PsCell          gross,
                                     PsCell          envelope);

/* ------------------------------------------------------------ sheets */

/* The assumptions sheet: every rate with its source and date; fills
 * x->contribution, the slip profiles, the tables and the names of the
 * rates. */
void        ps_xlsx_write_assumptions (PsXlsx        *x);

void        ps_xlsx_write_portage     (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
void        ps_xlsx_write_cdi         (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
void        ps_xlsx_write_micro       (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
void        ps_xlsx_write_sasu        (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
void        ps_xlsx_write_eurl        (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
/* What a year of each status protects, from the status sheets' cells */
void        ps_xlsx_write_protection  (PsXlsx              *x,
                                       const PsStatusCells *cells);

/* The years ahead (ps-projection), the first year month by month
 * (ps-cashflow) */
void        ps_xlsx_write_years       (PsXlsx              *x);
void        ps_xlsx_write_cash        (PsXlsx              *x);
/* The Offres sheet and one portage sheet per offer (ps-xlsx-offers.c):
 * created in the tab order, then written after the Portage sheet. */
void        ps_xlsx_offers_create     (PsXlsx        *x);
void        ps_xlsx_write_offers      (PsXlsx        *x);
/* The Offres sheet's title and each offer's terms: before the status
 * sheets (the Portage sheet may use the current offer's). */
void        ps_xlsx_write_offer_terms (PsXlsx        *x);
/* The fee, extras and advance's cost of x->offer on @revenue (a month),
 * from its terms' cells on the Offres sheet */
PsX         ps_xlsx_offer_fees_x      (PsXlsx        *x,
                                       PsX            revenue);
/* The scenario's management fee on @revenue (a month): the Summary's inputs */
PsX         ps_xlsx_scenario_fee_x    (PsXlsx        *x,
                                       PsX            revenue);
/* The Scénarios sheet: each scenario's net after tax by status */
void        ps_xlsx_scenarios_create  (PsXlsx        *x);
void        ps_xlsx_write_scenarios   (PsXlsx        *x);

/* ------------------------------------------------------------ the workbook's parts */

/* The formats (x->fmt), once per workbook (ps-xlsx-formats.c) */
void        ps_xlsx_create_formats    (PsXlsx        *x);
/* The Summary's inputs from @row; returns the row after them
 * (ps-xlsx-inputs.c) */
int         ps_xlsx_write_inputs      (PsXlsx        *x,
                                       int            row);
/* The Summary (ps-xlsx-summary.c): its title, disclaimer and inputs,
 * before the other sheets; then the comparison of the statuses' yearly
 * figures @cells [PS_N_STATUSES] and its chart, after them */
void        ps_xlsx_write_summary_head (PsXlsx       *x);
void        ps_xlsx_write_summary     (PsXlsx              *x,
                                       const PsStatusCells *cells);
/* The Curve sheet (ps-xlsx-curve.c) */
void        ps_xlsx_write_curve       (PsXlsx        *x);

/* A status's colour in the charts, as in the window; grey when it can't
 * be used */
#define PS_XLSX_UNUSABLE_COLOR 0xBFBFBF
lxw_color_t ps_xlsx_status_color      (PsStatus       status,
                                       gboolean       usable);
/* A chart's text with the workbook's typography, alive as long as the
 * export */
const char *ps_xlsx_chart_text        (PsXlsx        *x,
                                       const char    *text);
/* "='Sheet'!$B$5:$C$5", for chart series; newly allocated */
char       *ps_xlsx_range_formula     (PsCell         first,
                                       PsCell         last);

/* Short forms the sheet builders share. */
static inline PsX
n (PsXlsx *x,
   double  v)
{
  return ps_x_num (x, v);
}

static inline PsX
nm (PsXlsx     *x,
    const char *name)
{
  return ps_x_name (x, name);
}

static inline PsX
cell (PsXlsx *x,
      PsCell  c)
{
  return ps_x_cell (x, c);
}

/* Names @c "<status>_<key>" in the workbook. */
static inline void
name_cell (PsXlsx     *x,
           PsStatus    status,
           const char *key,
           PsCell      c)
{
  g_autofree char *name = ps_xlsx_status_name (status, key);

  ps_define_name (x, name, c);
}

G_END_DECLS
