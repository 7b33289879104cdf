/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sheets, cells and the formula builder of the workbook export.
 *
 * Each formula is built as an expression that carries both its text and
 * its value: the value is computed here, in C doubles, with the operations
 * in the order the formula's text gives them, so the cached result written
 * next to the formula is what a spreadsheet recomputes. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-xlsx-private.h"

enum
{
  PREC_CMP = 1,
  PREC_ADD = 3,
  PREC_MUL = 4,
  PREC_POW = 5,
  PREC_ATOM = 7,
};

/* ------------------------------------------------------------ sheets */

typedef struct
{
  int    row;
  int    col;
  double width;
  double line_height;
} PsWrapped;

static gpointer
cell_key (int row,
          int col)
{
  return GSIZE_TO_POINTER (((gsize) row << 8) | (gsize) col);
}

static void
note_error (PsXlsx     *x,
            lxw_error   err,
            const char *what)
{
  if (err == LXW_NO_ERROR || x->error != NULL)
    return;
  x->error = g_strdup_printf ("%s: %s", what, lxw_strerror (err));
}

PsSheet *
ps_sheet_new (PsXlsx     *x,
              const char *name)
{
  PsSheet *s = g_new0 (PsSheet, 1);

  s->x = x;
  s->name = g_strdup (name);
  s->ws = workbook_add_worksheet (x->wb, name);
  if (s->ws == NULL && x->error == NULL)
    x->error = g_strdup_printf ("cannot add the sheet “%s”", name);
  s->values = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  s->texts = g_hash_table_new (g_direct_hash, g_direct_equal);
  s->wrapped = g_array_new (FALSE, FALSE, sizeof (PsWrapped));
  s->last_row = -1;
  g_ptr_array_add (x->sheets, s);
  return s;
}

void
ps_sheet_free (PsSheet *s)
{
  g_hash_table_unref (s->values);
  g_hash_table_unref (s->texts);
  g_array_unref (s->wrapped);
  g_free (s->name);
  g_free (s);
}

void
ps_sheet_begin (PsSheet *s)
{
  s->x->current = s;
}

PsCell
ps_cell (PsSheet *s,
         int      row,
         int      col)
{
  if (s != NULL && row >= 0)
    row += s->row_base;
  return (PsCell) { s, row, col };
}

double
ps_cell_value (PsCell cell)
{
  double *v = g_hash_table_lookup (cell.sheet->values, cell_key (cell.row, cell.col));

  /* a blank cell counts as 0, as in a spreadsheet */
  return v != NULL ? *v : 0.0;
}

static void
set_value (PsSheet *s,
           int      row,
           int      col,
           double   value)
{
  double *v = g_new (double, 1);

  *v = value;
  g_hash_table_replace (s->values, cell_key (row, col), v);
  s->last_row = MAX (s->last_row, row);
}

static gboolean
tracks_width (PsSheet    *s,
              lxw_format *fmt)
{
  const PsFormats *f = &s->x->fmt;

  /* titles, notes and section headings overflow into the next columns */
  return fmt != f->title && fmt != f->subtitle && fmt != f->note && fmt != f->note_indent && fmt != f->section
         && fmt != f->warning;
}

static void
track_width (PsSheet    *s,
             int         col,
             double      width,
             lxw_format *fmt)
{
  if (col < PS_SHEET_MAX_COLS && tracks_width (s, fmt))
    s->widths[col] = MAX (s->widths[col], width);
}

/* Advance widths of Calibri (units per em: 2048), ASCII 32 to 126. */
static const unsigned short calibri_advance[95] = {
  463, 544, 821, 1015, 1036, 1464, 1397, 452, 621, 621, 1015, 1015, 511, 627, 517, 791,  /*  !"#$%&'()*+,-./ */
  1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1015, 1015, 1015, 943, /* 0-9 :;<=>? */
  1823, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, /* @A-O */
  1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 796, 628, 1015, 1015,   /* P-Z[\]^_ */
  587, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,     /* `a-o */
  1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 714, 936, 714, 1015,           /* p-z{|}~ */
};

static unsigned short
advance_of (gunichar c)
{
  gunichar base;
  gunichar decomposed[4];
  gsize n;

  if (c >= 32 && c < 127)
    return calibri_advance[c - 32];
  switch (c)
    {
    case 0x00A0: case 0x202F: case 0x2019: case 0x2018: return 463;
    case 0x20AC: return 1038;   /* € */
    case 0x2014: return 2048;   /* — */
    case 0x2013: return 1024;   /* – */
    case 0x2026: return 1536;   /* … */
    case 0x00D7: return 1015;   /* × */
    case 0x00AB: case 0x00BB: return 1019;
    case 0x26A0: return 2048;   /* ⚠ */
    default: break;
    }
  /* é, à, ç…: as their base letter */
  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  base = n > 0 ? decomposed[0] : c;
  if (base >= 32 && base < 127)
    return calibri_advance[base - 32];
  return 1100;
}

double
ps_text_width (const char *text,
               gboolean    bold)
{
  double units = 0, widest = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          widest = MAX (widest, units);
          units = 0;
          continue;
        }
      units += advance_of (c);
    }
  widest = MAX (widest, units);
  /* 10 pt at 96 dpi: an em of 13.33 px; a column unit is the 7 px of a
   * '0' of Calibri 11; bold is some 6 % wider */
  return widest / 2048.0 * 13.333 / 7.0 * (bold ? 1.06 : 1.0);
}

static gboolean
is_bold (PsSheet    *s,
         lxw_format *fmt)
{
  const PsFormats *f = &s->x->fmt;

  return fmt == f->label_total || fmt == f->money_total || fmt == f->header || fmt == f->header_left
         || fmt == f->best || fmt == f->check || fmt == f->section || fmt == f->title;
}

char *
ps_xlsx_typo (PsXlsx     *x,
              const char *text)
{
  GString *out;

  if (!x->french || text == NULL)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\'')
        {
          g_string_append (out, "\u2019");
          continue;
        }
      if ((c == ':' || c == ';' || c == '!' || c == '?' || c == '%') && out->len > 0
          && out->str[out->len - 1] == ' ')
        {
          /* a space typed before: made no-break (narrow but before ':') */
          g_string_truncate (out, out->len - 1);
          g_string_append (out, c == ':' ? "\u00a0" : "\u202f");
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

void
ps_sheet_outline (PsSheet *s,
                  int      first,
                  int      last,
                  int      first_lines)
{
  lxw_row_col_options hidden = { .hidden = 1, .level = 1, .collapsed = 0 };
  lxw_row_col_options above = { .hidden = 0, .level = 0, .collapsed = 1 };

  if (s->blocks)
    return;
  for (int r = first; r <= last; r++)
    note_error (s->x, worksheet_set_row_opt (s->ws, r, r == first && first_lines > 1 ? 15.0 * first_lines : LXW_DEF_ROW_HEIGHT,
                                             NULL, &hidden),
                "set_row_opt");
  /* the summary row above the group: its [+] opens it */
  if (first > 0)
    note_error (s->x, worksheet_set_row_opt (s->ws, first - 1, LXW_DEF_ROW_HEIGHT, NULL, &above), "set_row_opt");
  worksheet_outline_settings (s->ws, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);
}

char *
ps_xlsx_number_text (PsXlsx *x,
                     double  value,
                     int     decimals)
{
  /* Translators: the thousands separator of the numbers in the workbook's
   * texts; French: a narrow no-break space (U+202F) */
  const char *thousands = C_("xlsx number text", ",");
  /* Translators: the decimal point of the numbers in the workbook's
   * texts; French: a comma */
  const char *point = C_("xlsx number text", ".");
  char format[8];
  char digits[G_ASCII_DTOSTR_BUF_SIZE + 320];
  const char *dot;
  int whole;
  GString *out;

  (void) x;
  /* whatever the locale: the separators are the translation's */
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (digits, sizeof digits, format, fabs (value));
  dot = strchr (digits, '.');
  whole = dot != NULL ? (int) (dot - digits) : (int) strlen (digits);
  out = g_string_new (value < 0 && ps_round_to (fabs (value), decimals) > 0 ? "-" : "");
  for (int i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, digits[i]);
    }
  if (dot != NULL)
    {
      g_string_append (out, point);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

char *
ps_xlsx_percent_text (PsXlsx *x,
                      double  fraction,
                      int     decimals)
{
  g_autofree char *num = ps_xlsx_number_text (x, ps_round_to (fraction * 100, decimals), decimals);

  /* French: a narrow no-break space before % */
  return g_strconcat (num, x->french ? "\u202f%" : "%", NULL);
}

void
ps_sheet_string (PsSheet    *s,
                 int         row,
                 int         col,
                 const char *text,
                 lxw_format *fmt)
{
  g_autofree char *typo = NULL;
  double width;
  const PsFormats *f = &s->x->fmt;

  /* a block computes: no formula reads a text the writers write */
  if (s->blocks)
    return;
  typo = ps_xlsx_typo (s->x, text);
  width = ps_text_width (typo, is_bold (s, fmt)) + (fmt == s->x->fmt.label_indent ? 1.5 : 0);

  note_error (s->x, worksheet_write_string (s->ws, row, col, typo, fmt), "write_string");
  track_width (s, col, width, fmt);
  /* viewers don't grow a row for its wrapped text: remembered, to size
   * the row once the column's width is known */
  if (fmt == f->label || fmt == f->label_indent || fmt == f->label_total || fmt == f->fixed
      || fmt == f->text_wrap)
    {
      PsWrapped w = { row, col, width, 13.0 };

      g_array_append_val (s->wrapped, w);
    }
}

static int
number_width (double value)
{
  /* "12 345,67 €" */
  double a = fabs (value);
  int digits = a >= 1 ? (int) floor (log10 (a)) + 1 : 1;

  return digits + digits / 3 + 6;
}

/* a rate with 2 decimals, or the 3 or 4 it needs */
static lxw_format *
rate_format (PsXlsx     *x,
             lxw_format *fmt,
             double      v)
{
  gboolean input = fmt == x->fmt.rate_input;

  if (fmt == NULL || (fmt != x->fmt.rate && !input))
    return fmt;
  for (int d = 2; d <= 3; d++)
    {
      double p = v * pow (10, d + 2);

      if (fabs (p - round (p)) <= 1e-6 * MAX (1.0, fabs (p)))
        return d == 2 ? fmt : input ? x->fmt.rate_more_input[0] : x->fmt.rate_more[0];
    }
  return input ? x->fmt.rate_more_input[1] : x->fmt.rate_more[1];
}

PsCell
ps_sheet_number (PsSheet    *s,
                 int         row,
                 int         col,
                 double      value,
                 lxw_format *fmt)
{
  row += s->row_base;
  fmt = rate_format (s->x, fmt, value);
  note_error (s->x, worksheet_write_number (s->ws, row, col, value, fmt), "write_number");
  set_value (s, row, col, value);
  track_width (s, col, number_width (value), fmt);
  return (PsCell) { s, row, col };
}

PsCell
ps_sheet_formula (PsSheet    *s,
                  int         row,
                  int         col,
                  PsX         e,
                  lxw_format *fmt)
{
  g_autofree char *formula = g_strconcat ("=", e.f, NULL);

  g_return_val_if_fail (s->x->current == s, ps_cell (s, row, col));

  row += s->row_base;
  if (e.s == NULL)
    fmt = rate_format (s->x, fmt, e.v);
  if (e.s != NULL)
    {
      note_error (s->x, worksheet_write_formula_str (s->ws, row, col, formula, fmt, e.s),
                  "write_formula_str");
      g_hash_table_replace (s->texts, cell_key (row, col), (gpointer) g_string_chunk_insert_const (s->x->chunk, e.s));
      track_width (s, col, ps_text_width (e.s, is_bold (s, fmt)), fmt);
      s->last_row = MAX (s->last_row, row);
    }
  else
    {
      note_error (s->x, worksheet_write_formula_num (s->ws, row, col, formula, fmt, e.v),
                  "write_formula_num");
      set_value (s, row, col, e.v);
      track_width (s, col, number_width (e.v), fmt);
    }
  return (PsCell) { s, row, col };
}

void
ps_sheet_comment (PsSheet    *s,
                  int         row,
                  int         col,
                  const char *text)
{
  lxw_comment_options opt = { 0 };

  if (s->blocks)
    return;
  opt.author = (char *) "Portage Simulator";
  opt.width = 420;
  opt.height = 220;
  g_autofree char *typo = ps_xlsx_typo (s->x, text);

  note_error (s->x, worksheet_write_comment_opt (s->ws, row, col, typo, &opt), "write_comment");
}

void
ps_sheet_fit_columns (PsSheet *s,
                      int      first,
                      int      last,
                      double   min,
                      double   max)
{
  for (int c = first; c <= last && c < PS_SHEET_MAX_COLS; c++)
    {
      double w = CLAMP (s->widths[c] + 1.5, min, max);

      ps_sheet_set_columns (s, c, c, w);
    }
}

void
ps_sheet_set_columns (PsSheet *s,
                      int      first,
                      int      last,
                      double   width)
{
  if (s->blocks)
    return;
  worksheet_set_column (s->ws, first, last, width, NULL);
  for (int c = first; c <= last && c < PS_SHEET_MAX_COLS; c++)
    s->col_width[c] = width;
}

int
ps_text_lines (double text,
               double column)
{
  if (text <= column * 0.98)
    return 1;
  /* words don't break: a wrapped line is some 8 % short of the column */
  return (int) ceil (text / (column * 0.92));
}

/* The rows of the texts longer than their column, as tall as their lines. */
static void
fit_rows (PsSheet *s)
{
  g_autoptr (GHashTable) lines = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < s->wrapped->len; i++)
    {
      const PsWrapped *w = &g_array_index (s->wrapped, PsWrapped, i);
      double cw = w->col < PS_SHEET_MAX_COLS ? s->col_width[w->col] : 0;
      int n;

      if (cw <= 1)
        continue;
      n = ps_text_lines (w->width, cw);
      if (n > GPOINTER_TO_INT (g_hash_table_lookup (lines, GINT_TO_POINTER (w->row))))
        g_hash_table_insert (lines, GINT_TO_POINTER (w->row), GINT_TO_POINTER (n));
    }
  g_hash_table_iter_init (&iter, lines);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) > 1)
      worksheet_set_row (s->ws, GPOINTER_TO_INT (key), 13.0 * GPOINTER_TO_INT (value), NULL);
}

void
ps_sheet_print_setup (PsSheet *s,
                      gboolean landscape)
{
  lxw_header_footer_options hf = { 0 };

  if (s->blocks)
    return;
  fit_rows (s);
  /* a document, not a grid */
  worksheet_gridlines (s->ws, LXW_HIDE_ALL_GRIDLINES);
  worksheet_set_paper (s->ws, 9); /* A4 */
  if (landscape)
    worksheet_set_landscape (s->ws);
  else
    worksheet_set_portrait (s->ws);
  worksheet_fit_to_pages (s->ws, 1, 0);
  worksheet_set_margins (s->ws, 0.5, 0.5, 0.75, 0.75);
  worksheet_set_header_opt (s->ws, "&L&8Portage Simulator&R&8&A", &hf);
  worksheet_set_footer_opt (s->ws, "&C&8&P / &N", &hf);
}

void
ps_sheet_header_row (PsSheet *s,
                     int      row,
                     int      lines)
{
  if (s->blocks)
    return;
  worksheet_set_row (s->ws, row, 15.0 * lines, NULL);
}

char *
ps_xlsx_date_text (PsDate date)
{
  g_autoptr (GDateTime) dt = g_date_time_new_utc (PS_DATE_YEAR (date), (date / 100) % 100, date % 100, 0, 0, 0);

  /* Translators: strftime format of a date in the workbook's texts.
   * French: %d/%m/%Y */
  return g_date_time_format (dt, C_("xlsx date", "%Y-%m-%d"));
}

/* ------------------------------------------------------------ names */

static char *
quoted_sheet (PsSheet *s)
{
  g_autoptr (GString) q = g_string_new ("'");

  for (const char *p = s->name; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (q, '\'');
      g_string_append_c (q, *p);
    }
  g_string_append_c (q, '\'');
  return g_string_free (g_steal_pointer (&q), FALSE);
}

static void
col_letters (int   col,
             char *buf)
{
  char tmp[8];
  int n = 0;

  col++;
  while (col > 0)
    {
      int r = (col - 1) % 26;

      tmp[n++] = (char) ('A' + r);
      col = (col - 1) / 26;
    }
  for (int i = 0; i < n; i++)
    buf[i] = tmp[n - 1 - i];
  buf[n] = '\0';
}

static char *
cell_text (int      row,
           int      col,
           gboolean absolute)
{
  char letters[8];

  col_letters (col, letters);
  return absolute ? g_strdup_printf ("$%s$%d", letters, row + 1)
                  : g_strdup_printf ("%s%d", letters, row + 1);
}

char *
ps_cell_absolute (PsCell cell)
{
  g_autofree char *sheet = quoted_sheet (cell.sheet);
  g_autofree char *ref = cell_text (cell.row, cell.col, TRUE);

  return g_strconcat (sheet, "!", ref, NULL);
}

char *
ps_range_absolute (PsCell first,
                   PsCell last)
{
  g_autofree char *sheet = quoted_sheet (first.sheet);
  g_autofree char *a = cell_text (first.row, first.col, TRUE);
  g_autofree char *b = cell_text (last.row, last.col, TRUE);

  return g_strconcat (sheet, "!", a, ":", b, NULL);
}

void
ps_define_name (PsXlsx     *x,
                const char *name,
                PsCell      cell)
{
  g_autofree char *ref = NULL;
  g_autofree char *formula = NULL;

  if (x->no_names || g_hash_table_contains (x->names, name))
    return;
  ref = ps_cell_absolute (cell);
  formula = g_strconcat ("=", ref, NULL);
  note_error (x, workbook_define_name (x->wb, name, formula), name);
  g_hash_table_insert (x->names, g_strdup (name), g_memdup2 (&cell, sizeof cell));
}

gboolean
ps_x_name_defined (PsXlsx     *x,
                   const char *name)
{
  return g_hash_table_contains (x->names, name);
}

PsX
ps_x_name (PsXlsx     *x,
           const char *name)
{
  PsCell *cell = g_hash_table_lookup (x->names, name);

  /* a yes/no input holds "Yes" or "No" (a drop-down list): the formulas
   * read 1 or 0 (1 typed also counts as yes) */
  if (x->yes_no != NULL && g_hash_table_contains (x->yes_no, name))
    {
      g_autofree char *yes = g_strdup (ps_x_str (x, x->yes_text).f);
      double v = GPOINTER_TO_INT (g_hash_table_lookup (x->yes_no, name)) - 1;

      g_autofree char *text = g_strdup_printf ("IF(OR(%s=%s,%s=1),1,0)", name, yes, name);

      return ps_x_raw (x, text, v);
    }
  if (cell == NULL)
    g_error ("export: the name “%s” is used before it is defined", name);
  return (PsX) { g_string_chunk_insert_const (x->chunk, name), ps_cell_value (*cell), NULL, PREC_ATOM };
}

/* ------------------------------------------------------------ expressions */

static PsX
make (PsXlsx     *x,
      char       *text,   /* taken */
      double      value,
      int         prec)
{
  PsX e = { g_string_chunk_insert (x->chunk, text), value, NULL, prec };

  g_free (text);
  return e;
}

PsX
ps_x_num (PsXlsx *x,
          double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  if (value == floor (value) && fabs (value) < 1e15)
    text = g_strdup_printf ("%.0f", value);
  else if (fabs (value) < 1e-4)
    {
      /* no exponent notation in formulas: 0.000000001 */
      g_ascii_formatd (buf, sizeof buf, "%.12f", value);
      for (char *end = buf + strlen (buf) - 1; end > buf && *end == '0'; end--)
        *end = '\0';
      text = g_strdup (buf);
    }
  else
    {
      g_ascii_formatd (buf, sizeof buf, "%.15g", value);
      if (g_ascii_strtod (buf, NULL) != value)
        g_ascii_formatd (buf, sizeof buf, "%.17g", value);
      text = g_strdup (buf);
    }
  return make (x, text, value, value < 0 ? PREC_ADD : PREC_ATOM);
}

PsX
ps_x_str (PsXlsx     *x,
          const char *untyped)
{
  g_autoptr (GString) q = g_string_new ("\"");
  g_autofree char *text = ps_xlsx_typo (x, untyped);
  PsX e;

  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (q, '"');
      g_string_append_c (q, *p);
    }
  g_string_append_c (q, '"');
  e = make (x, g_string_free (g_steal_pointer (&q), FALSE), 0, PREC_ATOM);
  e.s = g_string_chunk_insert_const (x->chunk, text);
  return e;
}

PsX
ps_x_raw (PsXlsx     *x,
          const char *text,
          double      value)
{
  return make (x, g_strdup (text), value, PREC_ATOM);
}

PsX
ps_x_cell (PsXlsx *x,
           PsCell  cell)
{
  char *text;
  PsX e;

  if (cell.sheet == x->current)
    text = cell_text (cell.row, cell.col, FALSE);
  else
    text = ps_cell_absolute (cell);
  e = make (x, text, ps_cell_value (cell), PREC_ATOM);
  /* a formula giving text: its text */
  e.s = g_hash_table_lookup (cell.sheet->texts, cell_key (cell.row, cell.col));
  return e;
}

static char *
wrap (PsX      e,
      gboolean parens)
{
  return parens ? g_strconcat ("(", e.f, ")", NULL) : g_strdup (e.f);
}

static PsX
binary (PsXlsx     *x,
        PsX         a,
        const char *op,
        PsX         b,
        int         prec,
        double      value)
{
  /* left-associative: a right operand of the same precedence keeps its
   * parentheses, so the spreadsheet evaluates in the same order as here */
  g_autofree char *l = wrap (a, a.prec < prec);
  g_autofree char *r = wrap (b, b.prec <= prec);

  return make (x, g_strconcat (l, op, r, NULL), value, prec);
}

PsX
ps_x_add (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return binary (x, a, "+", b, PREC_ADD, a.v + b.v);
}

PsX
ps_x_sub (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return binary (x, a, "-", b, PREC_ADD, a.v - b.v);
}

PsX
ps_x_mul (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return binary (x, a, "*", b, PREC_MUL, a.v * b.v);
}

PsX
ps_x_div (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return binary (x, a, "/", b, PREC_MUL, b.v != 0 ? a.v / b.v : NAN);
}

PsX
ps_x_pow (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  g_autofree char *l = wrap (a, a.prec < PREC_ATOM);
  g_autofree char *r = wrap (b, b.prec < PREC_ATOM);

  return make (x, g_strconcat ("POWER(", l, ",", r, ")", NULL), pow (a.v, b.v), PREC_ATOM);
}

static PsX
call2 (PsXlsx     *x,
       const char *fn,
       PsX         a,
       PsX         b,
       double      value)
{
  return make (x, g_strconcat (fn, "(", a.f, ",", b.f, ")", NULL), value, PREC_ATOM);
}

PsX
ps_x_min (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return call2 (x, "MIN", a, b, MIN (a.v, b.v));
}

PsX
ps_x_max (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return call2 (x, "MAX", a, b, MAX (a.v, b.v));
}

PsX
ps_x_round (PsXlsx *x,
            PsX     a,
            int     digits)
{
  double v = a.v >= 0 ? ps_round_to (a.v, digits) : -ps_round_to (-a.v, digits);

  return call2 (x, "ROUND", a, ps_x_num (x, digits), v);
}

PsX
ps_x_round_x (PsXlsx *x,
              PsX     a,
              PsX     digits)
{
  int d = (int) digits.v;
  double v = a.v >= 0 ? ps_round_to (a.v, d) : -ps_round_to (-a.v, d);

  return call2 (x, "ROUND", a, digits, v);
}

PsX
ps_x_roundup (PsXlsx *x,
              PsX     a,
              int     digits)
{
  double scale = pow (10, digits);
  double v = (a.v >= 0 ? ceil (a.v * scale) : -ceil (-a.v * scale)) / scale;

  return call2 (x, "ROUNDUP", a, ps_x_num (x, digits), v);
}

PsX
ps_x_int (PsXlsx *x,
          PsX     a)
{
  return make (x, g_strconcat ("INT(", a.f, ")", NULL), floor (a.v), PREC_ATOM);
}

PsX
ps_x_cmp (PsXlsx     *x,
          PsX         a,
          const char *op,
          PsX         b)
{
  gboolean r;
  g_autofree char *l = wrap (a, a.prec <= PREC_CMP);
  g_autofree char *rt = wrap (b, b.prec <= PREC_CMP);

  if (a.s != NULL && b.s != NULL && (g_str_equal (op, "=") || g_str_equal (op, "<>")))
    r = (g_utf8_collate (a.s, b.s) == 0) == g_str_equal (op, "=");
  else if (g_str_equal (op, "<"))
    r = a.v < b.v;
  else if (g_str_equal (op, "<="))
    r = a.v <= b.v;
  else if (g_str_equal (op, ">"))
    r = a.v > b.v;
  else if (g_str_equal (op, ">="))
    r = a.v >= b.v;
  else if (g_str_equal (op, "="))
    r = a.v == b.v;
  else
    r = a.v != b.v;
  return make (x, g_strconcat (l, op, rt, NULL), r ? 1 : 0, PREC_CMP);
}

PsX
ps_x_and (PsXlsx *x,
          PsX     a,
          PsX     b)
{
  return call2 (x, "AND", a, b, (a.v != 0 && b.v != 0) ? 1 : 0);
}

PsX
ps_x_or (PsXlsx *x,
         PsX     a,
         PsX     b)
{
  return call2 (x, "OR", a, b, (a.v != 0 || b.v != 0) ? 1 : 0);
}

PsX
ps_x_if (PsXlsx *x,
         PsX     cond,
         PsX     then,
         PsX     otherwise)
{
  PsX pick = cond.v != 0 ? then : otherwise;
  PsX e = make (x, g_strconcat ("IF(", cond.f, ",", then.f, ",", otherwise.f, ")", NULL),
                pick.v, PREC_ATOM);

  e.s = pick.s;
  return e;
}

PsX
ps_x_sum (PsXlsx *x,
          PsCell  first,
          PsCell  last)
{
  g_autofree char *a = cell_text (first.row, first.col, FALSE);
  g_autofree char *b = cell_text (last.row, last.col, FALSE);
  double sum = 0;

  g_return_val_if_fail (first.sheet == x->current && last.sheet == x->current, ps_x_num (x, 0));
  for (int r = first.row; r <= last.row; r++)
    for (int c = first.col; c <= last.col; c++)
      sum += ps_cell_value (ps_cell (first.sheet, r, c));
  return make (x, g_strdup_printf ("SUM(%s:%s)", a, b), sum, PREC_ATOM);
}
