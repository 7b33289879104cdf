/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-money"

#include "config.h"

#include <float.h>
#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <monetary.h>
#include <string.h>

#include "ps-error.h"
#include "ps-money.h"

double
ps_round_to (double value,
             int    decimals)
{
  double scale = 1.0;

  for (int i = 0; i < decimals; i++)
    scale *= 10.0;
  /* Same as JavaScript's Math.round ((n + Number.EPSILON) * 10^d) / 10^d,
   * which is what the official model uses. */
  return floor ((value + DBL_EPSILON) * scale + 0.5) / scale;
}

static gboolean
is_group_space (gunichar c)
{
  /* space, no-break, narrow no-break and thin spaces, and the Swiss ' */
  return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'' || c == 0x2019;
}

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

static gboolean
not_a_number (GError    **error,
              const char *text)
{
  g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
               _("“%s” is not a number"), text);
  return FALSE;
}

/* Accepts "550", "550.50", "550,50", "1 200", "1 200,5", "12 345,67 €",
 * "€12,345.67", "1,200.50" (English grouping), "1.200,50", "-5": an
 * optional sign, digits grouped by threes with one kind of separator
 * (space, no-break or narrow no-break space, ’ or ', or the comma or the
 * point that is not the decimal one), at most one decimal separator with
 * digits after it, and at most one euro sign, at the start or the end.
 * Refuses everything else ("1,2.3", "5€5", "5 5 0", "1e5", "5.,5"). */
gboolean
ps_parse_amount (const char  *text,
                 double      *out_value,
                 GError     **error)
{
  g_autoptr (GString) clean = NULL;
  g_autofree gunichar *chars = NULL;
  glong n = 0, i = 0, end;
  gboolean negative = FALSE, euro = FALSE;
  /* the runs of digits and the separators between them */
  glong run_start[64], run_len[64];
  gunichar sep[64];
  int n_runs = 0, decimal_at = -1;
  char *stop = NULL;
  double value;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                           _("not a number (the text is not valid UTF-8)"));
      return FALSE;
    }
  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  end = n;
  while (i < end && is_blank (chars[i]))
    i++;
  while (end > i && is_blank (chars[end - 1]))
    end--;
  if (i == end)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                           _("a value is required"));
      return FALSE;
    }

  if (chars[i] == '-' || chars[i] == 0x2212 || chars[i] == '+')
    negative = chars[i++] != '+';
  if (i < end && chars[i] == 0x20AC)
    {
      euro = TRUE;
      i++;
      while (i < end && is_blank (chars[i]))
        i++;
    }
  if (end > i && chars[end - 1] == 0x20AC)
    {
      if (euro)
        return not_a_number (error, text);
      euro = TRUE;
      end--;
      while (end > i && is_blank (chars[end - 1]))
        end--;
    }
  if (i == end && !negative)
    {
      /* "€" alone: nothing typed but the unit */
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                           _("a value is required"));
      return FALSE;
    }
  if (i == end)
    return not_a_number (error, text);

  /* digits, and single separators between them */
  while (i < end)
    {
      glong s = i;

      while (i < end && chars[i] >= '0' && chars[i] <= '9')
        i++;
      if (n_runs == G_N_ELEMENTS (run_len))
        return not_a_number (error, text);
      run_start[n_runs] = s;
      run_len[n_runs] = i - s;
      sep[n_runs] = 0;
      n_runs++;
      if (i == end)
        break;
      if (!(chars[i] == ',' || chars[i] == '.' || is_group_space (chars[i])))
        return not_a_number (error, text);
      sep[n_runs - 1] = chars[i++];
      if (i == end)
        return not_a_number (error, text);  /* "5." or "5 " before € */
    }
  /* only the first run may be empty (".5") */
  for (int r = 1; r < n_runs; r++)
    if (run_len[r] == 0)
      return not_a_number (error, text);

  if (n_runs >= 2)
    {
      gunichar last = sep[n_runs - 2];
      gboolean all_same = TRUE;

      for (int r = 0; r < n_runs - 1; r++)
        all_same = all_same && sep[r] == last;
      if (last == ',' || last == '.')
        {
          if (!all_same)
            decimal_at = n_runs - 1;   /* "1 200,50", "1,200.50" */
          else if (n_runs == 2)
            {
              /* "1,200" or "1.200": a thousands separator, or a decimal
               * point with three decimals? The locale decides: its
               * decimal point is one, its thousands separator groups
               * ("48,060" in en_US, as the window writes it); in another
               * locale it is refused rather than guessed */
              struct lconv *lc = localeconv ();
              const char *decimal = lc->decimal_point;
              const char *thousands = lc->thousands_sep;
              gboolean is_decimal = decimal != NULL && (gunichar) decimal[0] == last && decimal[1] == '\0';
              gboolean is_thousands = thousands != NULL && (gunichar) thousands[0] == last && thousands[1] == '\0';

              if (run_len[1] == 3 && run_len[0] > 0 && !is_decimal)
                {
                  if (!is_thousands)
                    {
                      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                                   _("“%s” is ambiguous: write it without a separator (1200) or with a space (1 200)"),
                                   text);
                      return FALSE;
                    }
                  /* grouping only: checked below */
                }
              else
                decimal_at = 1;
            }
          /* else "1,200,000": grouping only */
        }
      /* the grouping: one kind of separator, not the decimal one, groups
       * of three after a first group of one to three digits */
      {
        int n_grouped = decimal_at >= 0 ? decimal_at : n_runs;

        for (int r = 0; r + 1 < n_grouped; r++)
          if (sep[r] != sep[0] || (decimal_at >= 0 && sep[r] == sep[decimal_at - 1]))
            return not_a_number (error, text);
        if (n_grouped > 1)
          {
            if (run_len[0] < 1 || run_len[0] > 3)
              return not_a_number (error, text);
            for (int r = 1; r < n_grouped; r++)
              if (run_len[r] != 3)
                return not_a_number (error, text);
          }
      }
    }
  if (decimal_at < 0 && run_len[0] == 0)
    return not_a_number (error, text);

  clean = g_string_new (negative ? "-" : "");
  for (int r = 0; r < n_runs; r++)
    {
      if (r == decimal_at)
        g_string_append_c (clean, '.');
      for (glong k = 0; k < run_len[r]; k++)
        g_string_append_c (clean, (char) chars[run_start[r] + k]);
    }
  if (clean->len == (negative ? 1u : 0u) || g_str_equal (clean->str, "-.") || g_str_equal (clean->str, "."))
    return not_a_number (error, text);

  value = g_ascii_strtod (clean->str, &stop);
  if (stop == clean->str || *stop != '\0' || !isfinite (value))
    return not_a_number (error, text);
  (void) euro;
  *out_value = value;
  return TRUE;
}

static char *
format_grouped (double value,
                int    decimals)
{
  char fmt[16];
  char buf[128];

  /* strfmon applies the locale's monetary grouping and decimal point
   * ("12 345,67" in fr_FR, "12,345.67" in en_US); '!' drops the symbol. */
  g_snprintf (fmt, sizeof fmt, "%%!.%dn", CLAMP (decimals, 0, 6));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (strfmon (buf, sizeof buf, fmt, value) < 0)
    return g_strdup_printf ("%.*f", decimals, value);
#pragma GCC diagnostic pop
  return g_strdup (g_strstrip (buf));
}

static char *
format_money (double   value,
              int      decimals,
              gboolean true_minus)
{
  g_autofree char *num = NULL;
  struct lconv *lc = localeconv ();
  gboolean negative = value < 0;
  const char *minus = true_minus ? "\u2212" : "-";
  char precedes, space;

  if (!isfinite (value))
    return g_strdup ("—");
  value = ps_round_cents (value);
  if (value == 0)
    negative = FALSE, value = 0;
  num = format_grouped (value, decimals);
  if (negative && true_minus && num[0] == '-')
    {
      char *with_minus = g_strconcat (minus, num + 1, NULL);

      g_free (num);
      num = with_minus;
    }

  precedes = negative ? lc->n_cs_precedes : lc->p_cs_precedes;
  space = negative ? lc->n_sep_by_space : lc->p_sep_by_space;
  if (precedes == CHAR_MAX) /* C locale: no convention, use the French one */
    precedes = 0, space = 1;

  if (precedes == 1)
    {
      if (negative && g_str_has_prefix (num, minus))
        return g_strdup_printf ("%s€%s%s", minus, space ? " " : "", num + strlen (minus));
      return g_strdup_printf ("€%s%s", space ? " " : "", num);
    }
  /* U+202F narrow no-break space before the symbol, as in fr_FR */
  return g_strdup_printf ("%s%s€", num, space ? "\u202f" : "");
}

char *
ps_format_money (double value)
{
  return format_money (value, 2, FALSE);
}

char *
ps_format_money_display (double value)
{
  return format_money (value, 2, TRUE);
}

char *
ps_format_money_prose (double value)
{
  gboolean whole = isfinite (value) && fabs (ps_round_cents (value) - round (value)) < 0.001;

  return format_money (value, whole ? 0 : 2, TRUE);
}

char *
ps_format_number (double value,
                  int    decimals)
{
  if (!isfinite (value))
    return g_strdup ("—");
  return format_grouped (value, decimals);
}

char *
ps_format_percent (double percent,
                   int    decimals)
{
  g_autofree char *num = NULL;
  struct lconv *lc = localeconv ();

  if (!isfinite (percent))
    return g_strdup ("—");
  num = format_grouped (percent, decimals);
  /* French typography puts a (narrow) no-break space before %. */
  if (lc->decimal_point != NULL && strcmp (lc->decimal_point, ",") == 0)
    return g_strdup_printf ("%s\u202f%%", num);
  return g_strdup_printf ("%s%%", num);
}
