"""The Treatments view: medications and therapies with their dose history."""
