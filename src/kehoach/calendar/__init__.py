"""Vietnamese lunar calendar (lunar, astronomy, canchi), commemorations and slogans."""
