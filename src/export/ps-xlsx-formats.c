/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workbook's cell formats (ps-xlsx-private.h's PsFormats), created
 * once per workbook. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-xlsx-private.h"

/* ------------------------------------------------------------ formats */

static lxw_format *
new_format (PsXlsx *x)
{
  lxw_format *f = workbook_add_format (x->wb);

  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 10);
  /* rows with wrapped text are taller: keep every cell at the top */
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

static lxw_format *
number_format (PsXlsx     *x,
               const char *num,
               gboolean    bold,
               gboolean    input)
{
  lxw_format *f = new_format (x);

  format_set_num_format (f, num);
  if (bold)
    {
      format_set_bold (f);
      format_set_top (f, LXW_BORDER_THIN);
    }
  if (input)
    {
      /* the only cells of the protected Summary one can type in */
      format_set_unlocked (f);
      format_set_bg_color (f, 0xFFF2CC);
      format_set_border (f, LXW_BORDER_THIN);
      format_set_border_color (f, 0xBFBFBF);
      format_set_font_color (f, 0x1F3864);
    }
  return f;
}

void
ps_xlsx_create_formats (PsXlsx *x)
{
  PsFormats *f = &x->fmt;
  /* Translators: number formats of the spreadsheet, in Excel's notation
   * (',' groups thousands, '.' is the decimal point: the viewer shows its
   * own separators). French: #,##0.00\ "€" */
  const char *money = C_("xlsx number format", "\"€\"#,##0.00");
  const char *money_whole = C_("xlsx number format", "\"€\"#,##0");
  /* Translators: French: 0.00\ % */
  /* xgettext:no-c-format */
  const char *percent = C_("xlsx number format", "0.00%");
  /* a contribution rate: 2 decimals, or the 3 or 4 it needs (0.024 %) */
  const char *rate = percent;
  /* Translators: French: 0.000\ % */
  /* xgettext:no-c-format */
  const char *rate3 = C_("xlsx number format", "0.000%");
  /* Translators: French: 0.0000\ % */
  /* xgettext:no-c-format */
  const char *rate4 = C_("xlsx number format", "0.0000%");
  /* Translators: French: dd/mm/yyyy */
  const char *date = C_("xlsx number format", "yyyy-mm-dd");

  f->title = new_format (x);
  format_set_bold (f->title);
  format_set_font_size (f->title, 14);
  format_set_font_color (f->title, 0x1F3864);
  f->subtitle = new_format (x);
  format_set_italic (f->subtitle);
  format_set_font_color (f->subtitle, 0x595959);
  f->note = new_format (x);
  format_set_italic (f->note);
  format_set_font_color (f->note, 0x7F7F7F);
  f->note_indent = new_format (x);
  format_set_italic (f->note_indent);
  format_set_font_color (f->note_indent, 0x7F7F7F);
  format_set_indent (f->note_indent, 1);
  f->subtitle_wrap = new_format (x);
  format_set_italic (f->subtitle_wrap);
  format_set_font_color (f->subtitle_wrap, 0x595959);
  format_set_text_wrap (f->subtitle_wrap);
  f->note_wrap = new_format (x);
  format_set_italic (f->note_wrap);
  format_set_font_color (f->note_wrap, 0x7F7F7F);
  format_set_text_wrap (f->note_wrap);
  f->section = new_format (x);
  format_set_bold (f->section);
  format_set_font_size (f->section, 11);
  format_set_font_color (f->section, 0x1F3864);
  f->header = new_format (x);
  format_set_bold (f->header);
  format_set_bg_color (f->header, 0xDCE6F1);
  format_set_bottom (f->header, LXW_BORDER_THIN);
  format_set_text_wrap (f->header);
  /* over numbers: aligned as they are */
  format_set_align (f->header, LXW_ALIGN_RIGHT);
  format_set_align (f->header, LXW_ALIGN_VERTICAL_CENTER);
  f->header_left = new_format (x);
  format_set_bold (f->header_left);
  format_set_bg_color (f->header_left, 0xDCE6F1);
  format_set_bottom (f->header_left, LXW_BORDER_THIN);
  format_set_align (f->header_left, LXW_ALIGN_VERTICAL_CENTER);
  /* labels wrap when longer than their column (sized from the longest,
   * within a maximum) */
  f->header_indent = new_format (x);
  format_set_bold (f->header_indent);
  format_set_bg_color (f->header_indent, 0xDCE6F1);
  format_set_bottom (f->header_indent, LXW_BORDER_THIN);
  format_set_align (f->header_indent, LXW_ALIGN_VERTICAL_CENTER);
  format_set_indent (f->header_indent, 1);
  f->text_indent = new_format (x);
  format_set_text_wrap (f->text_indent);
  format_set_align (f->text_indent, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent (f->text_indent, 1);
  f->label = new_format (x);
  format_set_text_wrap (f->label);
  f->label_indent = new_format (x);
  format_set_text_wrap (f->label_indent);
  format_set_indent (f->label_indent, 1);
  format_set_font_color (f->label_indent, 0x404040);
  f->label_total = new_format (x);
  format_set_text_wrap (f->label_total);
  format_set_bold (f->label_total);
  format_set_top (f->label_total, LXW_BORDER_THIN);
  f->text = new_format (x);
  f->text_wrap = new_format (x);
  format_set_text_wrap (f->text_wrap);
  format_set_align (f->text_wrap, LXW_ALIGN_VERTICAL_TOP);
  f->money = number_format (x, money, FALSE, FALSE);
  f->money_total = number_format (x, money, TRUE, FALSE);
  f->money_bold = number_format (x, money, FALSE, FALSE);
  format_set_bold (f->money_bold);
  f->money_input = number_format (x, money, FALSE, TRUE);
  f->money_whole = number_format (x, money_whole, FALSE, FALSE);
  f->money3 = number_format (x, C_("xlsx number format", "\"€\"#,##0.000"), FALSE, FALSE);
  f->percent = number_format (x, percent, FALSE, FALSE);
  f->percent_input = number_format (x, percent, FALSE, TRUE);
  f->rate = number_format (x, rate, FALSE, FALSE);
  f->rate_input = number_format (x, rate, FALSE, TRUE);
  f->rate_more[0] = number_format (x, rate3, FALSE, FALSE);
  f->rate_more[1] = number_format (x, rate4, FALSE, FALSE);
  f->rate_more_input[0] = number_format (x, rate3, FALSE, TRUE);
  f->rate_more_input[1] = number_format (x, rate4, FALSE, TRUE);
  f->number = number_format (x, "General", FALSE, FALSE);
  format_set_align (f->number, LXW_ALIGN_RIGHT);
  f->number_input = number_format (x, "General", FALSE, TRUE);
  format_set_align (f->number_input, LXW_ALIGN_RIGHT);
  f->integer = number_format (x, "0", FALSE, FALSE);
  f->decimal4 = number_format (x, "0.0000", FALSE, FALSE);
  f->points = number_format (x, "#,##0.00", FALSE, FALSE);
  f->date = number_format (x, date, FALSE, FALSE);
  format_set_align (f->date, LXW_ALIGN_LEFT);
  f->date_right = number_format (x, date, FALSE, FALSE);
  format_set_align (f->date_right, LXW_ALIGN_RIGHT);
  f->check = new_format (x);
  format_set_bold (f->check);
  /* under the headers, aligned as they are */
  format_set_align (f->check, LXW_ALIGN_RIGHT);
  f->warning = new_format (x);
  format_set_font_color (f->warning, 0xC00000);
  f->best = new_format (x);
  format_set_bg_color (f->best, 0xE2EFDA);
  format_set_bold (f->best);
  /* the Offers and Scenarios sheets: under right-aligned headers */
  f->best_right = new_format (x);
  format_set_bold (f->best_right);
  format_set_align (f->best_right, LXW_ALIGN_RIGHT);
  f->text_right = new_format (x);
  format_set_align (f->text_right, LXW_ALIGN_RIGHT);
  f->fixed = new_format (x);
  format_set_bg_color (f->fixed, 0xF2F2F2);
  format_set_font_color (f->fixed, 0x595959);
  format_set_text_wrap (f->fixed);
  format_set_align (f->fixed, LXW_ALIGN_RIGHT);
  f->fixed_date = number_format (x, date, FALSE, FALSE);
  format_set_bg_color (f->fixed_date, 0xF2F2F2);
  format_set_font_color (f->fixed_date, 0x595959);
  format_set_align (f->fixed_date, LXW_ALIGN_RIGHT);
  f->disclaimer = new_format (x);
  format_set_font_color (f->disclaimer, 0x404040);
  format_set_text_wrap (f->disclaimer);
  format_set_bg_color (f->disclaimer, 0xF2F2F2);
  f->chart_label = new_format (x);
  format_set_font_color (f->chart_label, 0x7F7F7F);
  format_set_align (f->chart_label, LXW_ALIGN_RIGHT);
}
