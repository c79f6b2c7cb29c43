"""entente: multilingual political event data from news."""
