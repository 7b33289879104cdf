/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-year-section"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-year-section.h"

struct _PsYearSection
{
  GtkWidget       parent_instance;

  /* template */
  GtkWidget      *group;
  AdwExpanderRow *expander;
  AdwEntryRow    *holiday_row;
  AdwEntryRow    *public_row;
  AdwEntryRow    *gap_row;
  AdwEntryRow    *sick_row;
  AdwEntryRow    *training_row;
  AdwEntryRow    *hours_row;
  GtkLabel       *error_label;

  AdwEntryRow    *rows[PS_N_YEAR_FIELDS];
  char           *errors[PS_N_YEAR_FIELDS];
  PsYearInputs    inputs;
  guint           updating;
  gboolean        valid;
};

G_DEFINE_FINAL_TYPE (PsYearSection, ps_year_section, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
ps_year_section_new (void)
{
  return g_object_new (PS_TYPE_YEAR_SECTION, NULL);
}

gboolean
ps_year_section_is_valid (PsYearSection *self)
{
  g_return_val_if_fail (PS_IS_YEAR_SECTION (self), FALSE);

  /* switched off, its fields don't count */
  if (!ps_year_section_get_enabled (self))
    return TRUE;
  for (int i = 0; i < PS_N_YEAR_FIELDS; i++)
    if (self->errors[i] != NULL)
      return FALSE;
  return TRUE;
}

static void
show_errors (PsYearSection *self)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < PS_N_YEAR_FIELDS; i++)
    {
      if (self->errors[i] != NULL)
        {
          g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", self->errors[i]);
          gtk_widget_add_css_class (GTK_WIDGET (self->rows[i]), "error");
        }
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->rows[i]), "error");
    }
  gtk_label_set_label (self->error_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text->len > 0);
  if (ps_year_section_is_valid (self) != self->valid)
    {
      self->valid = !self->valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
fill (PsYearSection *self)
{
  self->updating++;
  for (int i = 0; i < PS_N_YEAR_FIELDS; i++)
    {
      g_autofree char *text = ps_year_inputs_format_field (&self->inputs, i);

      g_clear_pointer (&self->errors[i], g_free);
      gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), text);
    }
  self->updating--;
  show_errors (self);
}

static void
entry_changed_cb (PsYearSection *self,
                  GtkEditable   *editable)
{
  g_autoptr (GError) error = NULL;
  int field;

  if (self->updating > 0)
    return;
  for (field = 0; field < PS_N_YEAR_FIELDS; field++)
    if (GTK_EDITABLE (self->rows[field]) == editable)
      break;
  g_return_if_fail (field < PS_N_YEAR_FIELDS);

  g_clear_pointer (&self->errors[field], g_free);
  if (!ps_year_inputs_set_field_text (&self->inputs, field, gtk_editable_get_text (editable), &error))
    self->errors[field] = g_strdup (error->message);
  show_errors (self);
  if (self->errors[field] == NULL && ps_year_section_is_valid (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
enabled_cb (PsYearSection *self)
{
  if (self->updating > 0)
    return;
  /* off, a value in error goes back to its last valid one */
  if (!ps_year_section_get_enabled (self))
    fill (self);
  show_errors (self);
  if (ps_year_section_is_valid (self))
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
ps_year_section_get_enabled (PsYearSection *self)
{
  g_return_val_if_fail (PS_IS_YEAR_SECTION (self), FALSE);
  return adw_expander_row_get_enable_expansion (self->expander);
}

void
ps_year_section_set_enabled (PsYearSection *self,
                             gboolean       enabled)
{
  g_return_if_fail (PS_IS_YEAR_SECTION (self));
  adw_expander_row_set_enable_expansion (self->expander, enabled);
}

void
ps_year_section_get_inputs (PsYearSection *self,
                            PsYearInputs  *out)
{
  g_return_if_fail (PS_IS_YEAR_SECTION (self));
  *out = self->inputs;
}

void
ps_year_section_set_inputs (PsYearSection      *self,
                            const PsYearInputs *inputs)
{
  g_return_if_fail (PS_IS_YEAR_SECTION (self));
  self->inputs = *inputs;
  fill (self);
}

void
ps_year_section_show_year (PsYearSection *self,
                           const PsYear  *y)
{
  g_autofree char *text = NULL;

  g_return_if_fail (PS_IS_YEAR_SECTION (self));

  if (y == NULL)
    text = g_strdup (_("Holidays, gaps between missions, sick days: the days billed follow"));
  else if (y->overbooked || y->billed_days <= 0)
    text = g_strdup (_("The holidays and gaps take the whole year: nothing is billed"));
  else
    {
      g_autofree char *billed = ps_format_number (y->billed_days, y->billed_days == (int) y->billed_days ? 0 : 1);
      g_autofree char *worked = ps_format_number (y->worked_days, y->worked_days == (int) y->worked_days ? 0 : 1);

      /* Translators: days billed and days worked in a realistic year */
      text = g_strdup_printf (_("%s days billed, %s worked"), billed, worked);
    }
  adw_expander_row_set_subtitle (self->expander, text);
}

GtkWidget *
ps_year_section_get_row (PsYearSection *self,
                         PsYearField    field)
{
  g_return_val_if_fail (PS_IS_YEAR_SECTION (self), NULL);
  g_return_val_if_fail (field < PS_N_YEAR_FIELDS, NULL);
  return GTK_WIDGET (self->rows[field]);
}

const char *
ps_year_section_get_error (PsYearSection *self,
                           PsYearField    field)
{
  g_return_val_if_fail (PS_IS_YEAR_SECTION (self), NULL);
  g_return_val_if_fail (field < PS_N_YEAR_FIELDS, NULL);
  return self->errors[field];
}

const char *
ps_year_section_get_summary (PsYearSection *self)
{
  g_return_val_if_fail (PS_IS_YEAR_SECTION (self), NULL);
  return adw_expander_row_get_subtitle (self->expander);
}

static void
ps_year_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PsYearSection *self = PS_YEAR_SECTION (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ps_year_section_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PS_TYPE_YEAR_SECTION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ps_year_section_parent_class)->dispose (object);
}

static void
ps_year_section_finalize (GObject *object)
{
  PsYearSection *self = PS_YEAR_SECTION (object);

  for (int i = 0; i < PS_N_YEAR_FIELDS; i++)
    g_free (self->errors[i]);
  G_OBJECT_CLASS (ps_year_section_parent_class)->finalize (object);
}

static void
ps_year_section_class_init (PsYearSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ps_year_section_dispose;
  object_class->finalize = ps_year_section_finalize;
  object_class->get_property = ps_year_section_get_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ps-year-section.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PsYearSection, name)
  BIND (group);
  BIND (expander);
  BIND (holiday_row);
  BIND (public_row);
  BIND (gap_row);
  BIND (sick_row);
  BIND (training_row);
  BIND (hours_row);
  BIND (error_label);
#undef BIND
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ps_year_section_init (PsYearSection *self)
{
  AdwEntryRow *rows[PS_N_YEAR_FIELDS];

  self->valid = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  rows[PS_YEAR_FIELD_HOLIDAY_WEEKS] = self->holiday_row;
  rows[PS_YEAR_FIELD_PUBLIC_HOLIDAYS] = self->public_row;
  rows[PS_YEAR_FIELD_GAP_WEEKS] = self->gap_row;
  rows[PS_YEAR_FIELD_SICK_DAYS] = self->sick_row;
  rows[PS_YEAR_FIELD_TRAINING_DAYS] = self->training_row;
  rows[PS_YEAR_FIELD_HOURS_PER_DAY] = self->hours_row;
  for (int i = 0; i < PS_N_YEAR_FIELDS; i++)
    {
      self->rows[i] = rows[i];
      g_signal_connect_object (rows[i], "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
    }
  ps_year_inputs_init (&self->inputs);
  fill (self);
  g_signal_connect_object (self->expander, "notify::enable-expansion", G_CALLBACK (enabled_cb),
                           self, G_CONNECT_SWAPPED);
}
