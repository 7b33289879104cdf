/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of the workbook export: the sheets, their cells and
 * the formula builder. Not installed, not public. */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "ps-comparison.h"
#include "ps-rates.h"

G_BEGIN_DECLS

typedef struct _PsXlsx PsXlsx;
typedef struct _PsSheet PsSheet;

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
  int            widths[PS_SHEET_MAX_COLS]; /* widest text written, in characters */
};

/* Formats, created once per workbook. */
typedef struct
{
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *note;
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
  lxw_format *money_input;
  lxw_format *money_whole;
  lxw_format *percent;
  lxw_format *percent_input;
  lxw_format *rate;
  lxw_format *rate_input;
  lxw_format *number;
  lxw_format *number_input;
  lxw_format *integer;
  lxw_format *decimal4;
  lxw_format *date;
  lxw_format *date_right;
  lxw_format *check;
  lxw_format *warning;
  lxw_format *best;
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

/* The generic figures of a status, per year, as cells of its sheet. */
typedef enum
{
  PS_FIELD_REVENUE,
  PS_FIELD_COSTS,
  PS_FIELD_EXPENSES,
  PS_FIELD_CONTRIBUTIONS,
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

  PsSheet            *summary;
  PsSheet            *assumptions;
  PsSheet            *curve;
  PsSheet            *status_sheet[PS_N_STATUSES];

  PsRateCells         contribution[PS_MAX_CONTRIBUTIONS];
  PsTableCells        ir;
  PsTableCells        pas;
  PsTableCells        cehr_single;
  PsTableCells        cehr_couple;
  PsCell              smic_monthly;
  int                 summary_table_row;  /* first row of the comparison table */
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
/* Column widths from what was written, within [min, max] characters. */
void        ps_sheet_fit_columns (PsSheet      *s,
                                  int           first,
                                  int           last,
                                  double        min,
                                  double        max);
void        ps_sheet_print_setup (PsSheet      *s,
                                  gboolean      landscape);

/* A workbook-wide name for @cell; the first definition of a name wins. */
void        ps_define_name      (PsXlsx        *x,
                                 const char    *name,
                                 PsCell         cell);
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

/* ------------------------------------------------------------ salary sheets */

/* The assumptions sheet: every rate with its source and date; fills
 * x->contribution, the tables and the names of the rates. */
void        ps_xlsx_write_assumptions (PsXlsx        *x);

void        ps_xlsx_write_portage     (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);
void        ps_xlsx_write_cdi         (PsXlsx        *x,
                                       PsStatus       status,
                                       PsStatusCells *out);

G_END_DECLS
