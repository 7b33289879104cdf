/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-line-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-line-label.h"
#include "ps-line-item.h"
#include "ps-money.h"
#include "ps-status-summary.h"

struct _PsLineItem
{
  GObject parent_instance;

  char   *id;
  char   *label;
  char   *base;
  char   *employee_rate;
  char   *employee;
  char   *employer_rate;
  char   *employer;
  char   *tooltip;
  char   *amount_caption;  /* the amount's heading when it is not its column's */
};

G_DEFINE_FINAL_TYPE (PsLineItem, ps_line_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_BASE,
  PROP_EMPLOYEE_RATE,
  PROP_EMPLOYEE,
  PROP_EMPLOYER_RATE,
  PROP_EMPLOYER,
  PROP_TOOLTIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
branch_description (PsBranch branch)
{
  switch (branch)
    {
    case PS_BRANCH_HEALTH:
      return _("Health insurance: sickness, maternity, disability and death cover of the sécurité sociale.");
    case PS_BRANCH_ATMP:
      return _("Accidents at work and occupational diseases, paid by the employer at the firm’s own rate.");
    case PS_BRANCH_PENSION:
      return _("Old-age pension: the basic pension of the sécurité sociale and the complementary one (Agirc-Arrco).");
    case PS_BRANCH_FAMILY:
      return _("Family benefits (allocations familiales), paid by the employer.");
    case PS_BRANCH_UNEMPLOYMENT:
      return _("Unemployment insurance and the wage guarantee fund (AGS), paid by the employer.");
    case PS_BRANCH_CSG:
      return _("CSG and CRDS: taxes on earned income that fund the sécurité sociale and its debt.");
    case PS_BRANCH_WELFARE:
      return _("Company health insurance (mutuelle) and provident cover (prévoyance).");
    case PS_BRANCH_OTHER:
    default:
      return _("Another contribution or reduction: training, apprenticeship, housing, transport, social dialogue.");
    }
}

static char *
format_amount (double value,
               gboolean bold)
{
  g_autofree char *text = NULL;

  if (value == 0)
    return g_strdup ("");
  text = ps_format_money_display (value);
  return bold ? g_strdup_printf ("<b>%s</b>", text) : g_steal_pointer (&text);
}

/* Takes @value; notifies only a change. */
static void
set_string (PsLineItem *self,
            char      **field,
            char       *value,
            int         prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
ps_line_item_update (PsLineItem   *self,
                     const PsLine *line)
{
  g_return_if_fail (PS_IS_LINE_ITEM (self));

  set_string (self, &self->base, format_amount (line->base, FALSE), PROP_BASE);
  set_string (self, &self->employee_rate, ps_format_line_rate (line->employee_rate), PROP_EMPLOYEE_RATE);
  set_string (self, &self->employee, format_amount (line->employee, FALSE), PROP_EMPLOYEE);
  set_string (self, &self->employer_rate, ps_format_line_rate (line->employer_rate), PROP_EMPLOYER_RATE);
  set_string (self, &self->employer, format_amount (line->employer, FALSE), PROP_EMPLOYER);
}

void
ps_line_item_update_total (PsLineItem *self,
                           double      employee,
                           double      employer)
{
  g_return_if_fail (PS_IS_LINE_ITEM (self));

  set_string (self, &self->employee, format_amount (employee, TRUE), PROP_EMPLOYEE);
  set_string (self, &self->employer, format_amount (employer, TRUE), PROP_EMPLOYER);
}

void
ps_line_item_copy_from (PsLineItem *self,
                        PsLineItem *other)
{
  g_return_if_fail (PS_IS_LINE_ITEM (self) && PS_IS_LINE_ITEM (other));

  set_string (self, &self->label, g_strdup (other->label), PROP_LABEL);
  set_string (self, &self->base, g_strdup (other->base), PROP_BASE);
  set_string (self, &self->employee_rate, g_strdup (other->employee_rate), PROP_EMPLOYEE_RATE);
  set_string (self, &self->employee, g_strdup (other->employee), PROP_EMPLOYEE);
  set_string (self, &self->employer_rate, g_strdup (other->employer_rate), PROP_EMPLOYER_RATE);
  set_string (self, &self->employer, g_strdup (other->employer), PROP_EMPLOYER);
  set_string (self, &self->tooltip, g_strdup (other->tooltip), PROP_TOOLTIP);
}

PsLineItem *
ps_line_item_new (const PsLine *line)
{
  PsLineItem *self = g_object_new (PS_TYPE_LINE_ITEM, NULL);
  g_autoptr (GString) tip = g_string_new (NULL);
  g_autofree char *label = g_markup_escape_text (line->label != NULL ? ps_line_label (line) : "", -1);

  self->id = g_strdup (line->id != NULL ? line->id : "");
  self->label = g_strdup (label);
  self->base = format_amount (line->base, FALSE);
  self->employee_rate = ps_format_line_rate (line->employee_rate);
  self->employee = format_amount (line->employee, FALSE);
  self->employer_rate = ps_format_line_rate (line->employer_rate);
  self->employer = format_amount (line->employer, FALSE);

  g_string_append_printf (tip, "<b>%s</b>\n", label);
  {
    g_autofree char *what = g_markup_escape_text (branch_description (line->branch), -1);
    g_string_append (tip, what);
  }
  if (line->employer < 0)
    g_string_append_printf (tip, "\n%s", _("This line lowers the employer’s contributions."));
  else if (line->employee != 0 && line->employer != 0)
    g_string_append_printf (tip, "\n%s", _("Paid by the employee and by the employer."));
  else if (line->employee != 0)
    g_string_append_printf (tip, "\n%s", _("Paid by the employee, out of the gross salary."));
  else if (line->employer != 0)
    g_string_append_printf (tip, "\n%s", _("Paid by the employer, on top of the gross salary."));
  if (line->source != NULL && *line->source != '\0')
    {
      g_autofree char *source = g_markup_escape_text (line->source, -1);
      /* Translators: %s is a legal reference or a web page */
      g_autofree char *text = g_strdup_printf (_("Source: %s"), source);

      g_string_append_printf (tip, "\n<small>%s</small>", text);
    }
  self->tooltip = g_string_free (g_steal_pointer (&tip), FALSE);
  return self;
}

PsLineItem *
ps_line_item_new_total (const char *label,
                        double      employee,
                        double      employer,
                        PsPeriod    period)
{
  PsLineItem *self = g_object_new (PS_TYPE_LINE_ITEM, NULL);
  g_autofree char *escaped = g_markup_escape_text (label, -1);

  self->id = g_strdup ("total");
  self->label = g_strdup_printf ("<b>%s</b>", escaped);
  self->base = g_strdup ("");
  self->employee_rate = g_strdup ("");
  self->employee = format_amount (employee, TRUE);
  self->employer_rate = g_strdup ("");
  self->employer = format_amount (employer, TRUE);
  self->tooltip = g_strdup_printf ("<b>%s</b>\n%s", escaped,
                                   period == PS_PERIOD_YEAR ? _("The sum of the lines above, per year.")
                                                            : _("The sum of the lines above, per month."));
  return self;
}

PsLineItem *
ps_line_item_new_heading (const char *label,
                          const char *rate_heading,
                          const char *amount_heading)
{
  PsLineItem *self = g_object_new (PS_TYPE_LINE_ITEM, NULL);

  self->id = g_strdup ("heading");
  self->label = g_markup_printf_escaped ("<b>%s</b>", label);
  self->base = g_strdup ("");
  self->employee_rate = g_markup_printf_escaped ("<b>%s</b>", rate_heading);
  self->employee = g_markup_printf_escaped ("<b>%s</b>", amount_heading);
  self->employer_rate = g_strdup ("");
  self->employer = g_strdup ("");
  self->tooltip = g_markup_escape_text (label, -1);
  /* the heading is its own caption */
  self->amount_caption = g_strdup ("");
  return self;
}

void
ps_line_item_set_employee_rate (PsLineItem *self,
                                const char *rate)
{
  g_return_if_fail (PS_IS_LINE_ITEM (self));
  set_string (self, &self->employee_rate, g_strdup (rate != NULL ? rate : ""), PROP_EMPLOYEE_RATE);
}

const char *
ps_line_item_get_employee_rate (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->employee_rate;
}

void
ps_line_item_set_amount_caption (PsLineItem *self,
                                 const char *caption)
{
  g_return_if_fail (PS_IS_LINE_ITEM (self));
  g_free (self->amount_caption);
  self->amount_caption = g_strdup (caption);
}

const char *
ps_line_item_get_amount_caption (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->amount_caption;
}

const char *
ps_line_item_get_id (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->id;
}

const char *
ps_line_item_get_label (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->label;
}

const char *
ps_line_item_get_base (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->base;
}

const char *
ps_line_item_get_employee (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->employee;
}

const char *
ps_line_item_get_employer (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->employer;
}

const char *
ps_line_item_get_tooltip (PsLineItem *self)
{
  g_return_val_if_fail (PS_IS_LINE_ITEM (self), NULL);
  return self->tooltip;
}

static void
ps_line_item_finalize (GObject *object)
{
  PsLineItem *self = PS_LINE_ITEM (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->base);
  g_free (self->employee_rate);
  g_free (self->employee);
  g_free (self->employer_rate);
  g_free (self->employer);
  g_free (self->tooltip);
  g_free (self->amount_caption);

  G_OBJECT_CLASS (ps_line_item_parent_class)->finalize (object);
}

static void
ps_line_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PsLineItem *self = PS_LINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_BASE: g_value_set_string (value, self->base); break;
    case PROP_EMPLOYEE_RATE: g_value_set_string (value, self->employee_rate); break;
    case PROP_EMPLOYEE: g_value_set_string (value, self->employee); break;
    case PROP_EMPLOYER_RATE: g_value_set_string (value, self->employer_rate); break;
    case PROP_EMPLOYER: g_value_set_string (value, self->employer); break;
    case PROP_TOOLTIP: g_value_set_string (value, self->tooltip); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ps_line_item_class_init (PsLineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *names[N_PROPS] = {
    NULL, "label", "base", "employee-rate", "employee", "employer-rate", "employer", "tooltip",
  };

  object_class->finalize = ps_line_item_finalize;
  object_class->get_property = ps_line_item_get_property;

  /* all read-only markup strings */
  for (int i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL,
                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ps_line_item_init (PsLineItem *self)
{
}
