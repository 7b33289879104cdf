/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-line-rate"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-line-rate.h"
#include "ps-status-summary.h"

static const PsCompanyResult *
company_of (const PsComparison *c,
            PsStatus            status)
{
  if (status == PS_STATUS_SASU)
    return &c->sasu;
  if (status == PS_STATUS_EURL)
    return &c->eurl;
  return NULL;
}

char *
ps_line_rate_text (const PsParams     *p,
                   const PsComparison *c,
                   PsStatus            status,
                   const PsLine       *line)
{
  const PsCompanyResult *k;

  g_return_val_if_fail (line != NULL, NULL);

  k = c != NULL ? company_of (c, status) : NULL;
  if (p == NULL || k == NULL || line->id == NULL)
    return ps_format_line_rate (line->employee_rate);

  /* CGI art. 219: the reduced rate up to its ceiling, the normal rate on
   * the rest */
  if (g_str_equal (line->id, "is"))
    {
      g_autofree char *low = ps_format_line_rate (p->is_low_rate);
      g_autofree char *normal = ps_format_line_rate (p->is_rate);

      if (k->profit <= p->is_low_ceiling)
        return g_steal_pointer (&low);
      return g_strdup_printf ("%s / %s", low, normal);
    }
  /* CGI art. 200 A: the PFU's income-tax part; at the scale, no flat
   * rate */
  if (g_str_equal (line->id, "dividend_tax"))
    return k->dividends_at_scale ? g_strdup ("") : ps_format_line_rate (p->pfu_ir_rate);
  /* the prélèvements sociaux, when the line is only them (an EURL's
   * dividends above a tenth of the capital bear TNS contributions too) */
  if (g_str_equal (line->id, "dividend_social"))
    return fabs (line->employee - line->base * p->dividend_social_rate) < 0.005
           ? ps_format_line_rate (p->dividend_social_rate) : g_strdup ("");
  return ps_format_line_rate (line->employee_rate);
}
