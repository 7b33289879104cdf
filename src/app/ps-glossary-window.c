/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-glossary-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-line-label.h"
#include "ps-glossary.h"
#include "ps-glossary-window.h"

struct _PsGlossaryWindow
{
  AdwWindow   parent_instance;

  GtkSearchEntry *search;
  GtkWidget  *list;       /* a card per entry */
  GtkWidget  *placeholder;
  PsGlossary *glossary;
  GHashTable *shown;      /* the entries the search keeps */
};

G_DEFINE_FINAL_TYPE (PsGlossaryWindow, ps_glossary_window, ADW_TYPE_WINDOW)

/* the definitions are French with an English twin, chosen like the rates
 * labels: by the translation of this marker */
static gboolean
english (void)
{
  return !ps_line_labels_french ();
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
row_new (const PsGlossaryEntry *e)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *name = ps_glossary_entry_name (e, english ());
  g_autofree char *escaped_source = g_markup_escape_text (e->source, -1);
  g_autofree char *escaped_url = g_markup_escape_text (e->url, -1);
  /* Translators: %s: a legal citation, made a link to its official page */
  g_autofree char *source = g_strdup_printf (_("Source: <a href=\"%s\">%s</a>"), escaped_url, escaped_source);
  GtkWidget *source_label, *card;

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_box_append (GTK_BOX (box), label_new (e->term, "heading"));
  if (g_strcmp0 (name, e->term) != 0)
    gtk_box_append (GTK_BOX (box), label_new (name, "dim-label"));
  gtk_box_append (GTK_BOX (box), label_new (ps_glossary_entry_definition (e, english ()), NULL));
  source_label = label_new (NULL, "caption");
  gtk_label_set_markup (GTK_LABEL (source_label), source);
  gtk_widget_set_tooltip_text (source_label, e->url);
  gtk_box_append (GTK_BOX (box), source_label);
  /* the margins inside the card */
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), box);
  g_object_set_data (G_OBJECT (card), "ps-glossary-entry", (gpointer) e);
  return card;
}

static void
search_changed_cb (PsGlossaryWindow *self)
{
  g_autoptr (GPtrArray) found = NULL;

  if (self->glossary == NULL)
    return;
  found = ps_glossary_search (self->glossary, gtk_editable_get_text (GTK_EDITABLE (self->search)));
  g_hash_table_remove_all (self->shown);
  for (guint i = 0; i < found->len; i++)
    g_hash_table_add (self->shown, found->pdata[i]);
  for (GtkWidget *card = gtk_widget_get_first_child (self->list); card != NULL;
       card = gtk_widget_get_next_sibling (card))
    if (card != self->placeholder)
      gtk_widget_set_visible (card, g_hash_table_contains (self->shown,
                                                           g_object_get_data (G_OBJECT (card), "ps-glossary-entry")));
  gtk_widget_set_visible (self->placeholder, found->len == 0);
}

void
ps_glossary_window_set_query (PsGlossaryWindow *self,
                              const char       *query)
{
  g_return_if_fail (PS_IS_GLOSSARY_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), query != NULL ? query : "");
  /* at once, not after the search entry's delay */
  search_changed_cb (self);
}

guint
ps_glossary_window_get_n_shown (PsGlossaryWindow *self)
{
  g_return_val_if_fail (PS_IS_GLOSSARY_WINDOW (self), 0);
  return g_hash_table_size (self->shown);
}

GtkEditable *
ps_glossary_window_get_search (PsGlossaryWindow *self)
{
  g_return_val_if_fail (PS_IS_GLOSSARY_WINDOW (self), NULL);
  return GTK_EDITABLE (self->search);
}

PsGlossaryWindow *
ps_glossary_window_new (GtkWindow  *parent,
                        const char *query)
{
  PsGlossaryWindow *self = g_object_new (PS_TYPE_GLOSSARY_WINDOW,
                                         "transient-for", parent,
                                         NULL);

  ps_glossary_window_set_query (self, query);
  return self;
}

static void
ps_glossary_window_finalize (GObject *object)
{
  PsGlossaryWindow *self = PS_GLOSSARY_WINDOW (object);

  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_pointer (&self->glossary, ps_glossary_free);
  G_OBJECT_CLASS (ps_glossary_window_parent_class)->finalize (object);
}

static void
ps_glossary_window_class_init (PsGlossaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ps_glossary_window_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ps_glossary_window_init (PsGlossaryWindow *self)
{
  g_autoptr (GError) error = NULL;
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search_bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Glossary"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  self->shown = g_hash_table_new (NULL, NULL);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (_("Glossary"), NULL));
  gtk_box_append (GTK_BOX (content), header);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  g_object_set (self->search, "placeholder-text", _("Search a term or a word"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the glossary"), -1);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search), 6);
  gtk_box_append (GTK_BOX (search_bar), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (content), search_bar);
  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);

  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_valign (self->list, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->list, 12);
  gtk_widget_set_margin_end (self->list, 12);
  gtk_widget_set_margin_top (self->list, 6);
  gtk_widget_set_margin_bottom (self->list, 18);
  self->placeholder = label_new (_("No term matches this search."), "dim-label");
  gtk_widget_set_margin_top (self->placeholder, 18);
  gtk_label_set_xalign (GTK_LABEL (self->placeholder), 0.5);
  gtk_widget_set_visible (self->placeholder, FALSE);
  gtk_box_append (GTK_BOX (self->list), self->placeholder);

  /* read when the window opens, not at start-up */
  self->glossary = ps_glossary_new_embedded (&error);
  if (self->glossary == NULL)
    g_warning ("The glossary can't be read: %s", error->message);
  else
    for (guint i = 0; i < ps_glossary_get_n_entries (self->glossary); i++)
      gtk_box_append (GTK_BOX (self->list), row_new (ps_glossary_get_entry (self->glossary, i)));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (content), scroller);
  adw_window_set_content (ADW_WINDOW (self), content);
}
