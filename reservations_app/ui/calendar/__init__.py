"""The provider calendar tab."""
